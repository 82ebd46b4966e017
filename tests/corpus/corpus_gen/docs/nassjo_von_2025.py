"""Nässjö, Vård- och omsorgsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), no title
page. Its case: TWO NARROW KPI TABLES SIDE BY SIDE on the same lines. Under "Nyckeltal" the
table "Hemtjänst" (Nyckeltal | 2024 | 2025) stands on the left half of the page and the table
"Särskilt boende" (Nyckeltal | 2024 | 2025) on the right half, each with its own bold caption
above it and thin rules under its own rows only (the gutter between them has no rule), so every
text line of the page holds a row of each table: "Andel nöjda brukare 86 % 88 %   Andel nöjda
brukare 81 % 84 %". The left table has six rows, the right five, so the left table's last row
stands alone. Two KPI names are printed in both tables ("Andel nöjda brukare", "Kostnad per
brukare, tkr") with different values.

The key and the duplicated names. `score_extraction.py` pairs gold and extracted KPIs greedily by
name similarity (threshold 0.80) and never looks at the KPI's table; the corpus's own check
(`checks.consistent`) refuses a key with the same KPI name twice, and with two equal gold names
the scorer's pairing would be decided by list order alone. So the four KPIs whose names are
printed in both tables are keyed with their table's caption after the name in parentheses:
"Andel nöjda brukare (Hemtjänst)", "Andel nöjda brukare (Särskilt boende)", "Kostnad per
brukare, tkr (Hemtjänst)", "Kostnad per brukare, tkr (Särskilt boende)". The caption goes after
the printed name (not before it) so the key still begins with the words of the row. KPIs whose
names occur once keep their names as printed. A reader that returns the bare name twice will
not be paired for "Andel nöjda brukare" (similarity 0.79 / 0.70), and may be paired once for
"Kostnad per brukare, tkr" (0.82 with the Hemtjänst name) — with whichever values it took —
which is the test: the caption is what tells the two rows apart.

Elsewhere: six goals as numbered headings ("3.1 …") each with a line "Måluppfyllelse: Uppnådd" /
"Delvis uppnådd" / "Ej uppnådd" (the -dd forms agreeing with "måluppfyllelse", not "uppnått");
the drift table (Budget 2025 | Utfall 2025 | Avvikelse, tkr, budget minus utfall) on the right
of the page beside a narrow column of text on the left, so lines of prose and table rows share
baselines; running header and footer."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
TKR = NumFmt()

MUNI = "Nässjö kommun"
COMMITTEE = "Vård- och omsorgsnämnden"
TITLE = "Verksamhetsberättelse 2025"
INK = colors.HexColor("#1E1E1E")
GREEN = colors.HexColor("#00664B")
RULE = colors.HexColor("#B9C3BF")

WORD = {"achieved": "Uppnådd", "partly": "Delvis uppnådd", "not_achieved": "Ej uppnådd"}

# (caption, [(name as printed, 2024, 2025, fmt)])
HEMTJANST = (
    "Hemtjänst",
    [
        ("Antal brukare, årsmedeltal", 612, 638, N),
        ("Beviljade timmar per månad", 24_850, 26_120, N),
        ("Andel utförd av beviljad tid", 78, 81, PCT),
        ("Personalkontinuitet, antal", 16, 14, N),
        ("Andel nöjda brukare", 86, 88, PCT),
        ("Kostnad per brukare, tkr", 312, 327, N),
    ],
)
SABO = (
    "Särskilt boende",
    [
        ("Antal platser", 318, 310, N),
        ("Beläggningsgrad", 97.2, 98.1, PCT1),
        ("Väntetid till plats, dagar", 52, 47, N),
        ("Andel nöjda brukare", 81, 84, PCT),
        ("Kostnad per brukare, tkr", 968, 1_012, N),
    ],
)
KPI_TABLES = [HEMTJANST, SABO]

# verksamhet, budget 2025, utfall 2025 (tkr, net cost)
DRIFT = [
    ("Nämnd och ledning", 24_600, 23_900),
    ("Biståndshandläggning", 18_300, 18_950),
    ("Hemtjänst", 204_800, 209_400),
    ("Särskilt boende", 312_500, 313_700),
    ("Hälso- och sjukvård", 68_200, 66_900),
    ("Funktionsstöd (LSS)", 118_400, 117_100),
]

GOALS = [
    (
        "Äldre som har hemtjänst ska känna sig trygga i sitt eget boende",
        "achieved",
        "Brukarundersökningen visar att 88 procent av brukarna i hemtjänsten är nöjda och att "
        "nio av tio känner sig trygga med att bo hemma med stöd. Trygghetsbesök nattetid har "
        "erbjudts i hela kommunen sedan mars, och larmtiden har hållits inom 30 minuter vid "
        "samtliga stickprov.",
    ),
    (
        "Den enskilde ska möta färre olika medarbetare i hemtjänsten",
        "partly",
        "Personalkontinuiteten har förbättrats från 16 till 14 olika medarbetare under en "
        "period om 14 dagar, men nämndens målvärde är högst 12. Den nya planeringen i mindre "
        "arbetslag har införts i Nässjö tätort men ännu inte i Anneberg och Bodafors.",
    ),
    (
        "Väntetiden till särskilt boende ska minska",
        "achieved",
        "Den genomsnittliga väntetiden från beslut till erbjuden plats minskade från 52 till 47 "
        "dagar. Korttidsplatserna på Ädelstenen har använts mer flexibelt och fler har kunnat "
        "flytta in inom tre månader från beslutet.",
    ),
    (
        "Fler medarbetare ska ha undersköterskebehörighet",
        "partly",
        "Andelen tillsvidareanställda med skyddad yrkestitel som undersköterska ökade till 71 "
        "procent. Valideringen tillsammans med vuxenutbildningen har fortsatt, men färre än "
        "planerat har kunnat gå utbildningen på arbetstid.",
    ),
    (
        "Sjukfrånvaron bland medarbetarna ska minska",
        "not_achieved",
        "Sjukfrånvaron ökade från 8,9 till 9,4 procent och är högst inom särskilt boende. "
        "Korttidsfrånvaron under vintern var hög, och antalet långa sjukskrivningar har inte "
        "minskat trots tidiga rehabiliteringsinsatser.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "not_achieved",
        "Nämnden redovisar ett underskott om 3 150 tkr. Underskottet finns inom hemtjänsten, "
        "där de beviljade timmarna har ökat mer än budgeterat, och inom särskilt boende och "
        "biståndshandläggningen.",
    ),
]

DRIFT_TEXT = [
    "Nämnden redovisar för 2025 ett underskott om 3\u00a0150\u00a0tkr mot budget, vilket motsvarar 0,4 "
    "procent av nettobudgeten om 746\u00a0800\u00a0tkr.",
    "Hemtjänsten har ett underskott om 4\u00a0600\u00a0tkr. Antalet beviljade timmar ökade med drygt fem "
    "procent, och kostnaderna för bilar och drivmedel var högre än beräknat.",
    "Inom särskilt boende har kostnaderna för bemanning nattetid och för inhyrd "
    "sjuksköterskepersonal gett ett underskott om 1\u00a0200\u00a0tkr.",
    "Hälso- och sjukvården och funktionsstödet redovisar överskott om 1\u00a0300\u00a0tkr vardera, "
    "främst genom vakanser och lägre kostnader för hjälpmedel.",
]
DRIFT_CAPTION = "Driftredovisning per verksamhet, tkr"
DRIFT_NOTE = "Avvikelse = budget minus utfall. Negativ avvikelse = underskott."


def kpi_key_table(caption: str, rows: list, dup: set[str]) -> Table:
    """The table as the key sees it: a name printed in both tables gets its caption after it."""
    return Table(
        label_head=("Nyckeltal",),
        cols=[Col(("2024",), year="2024"), Col(("2025",), year="2025")],
        rows=[Row(f"{n} ({caption})" if n in dup else n, [a, b], fmt=f) for n, a, b, f in rows],
        kind="kpi",
    )


def kpi_words(caption: str, rows: list) -> str:
    lines = [caption, "Nyckeltal\t2024\t2025"]
    lines += ["\t".join([n, f(a), f(b)]) for n, a, b, f in rows]
    return "\n".join(lines)


def drift_table() -> Table:
    rows = [Row(n, [b, u, b - u]) for n, b, u in DRIFT]
    tb = sum(b for _n, b, _u in DRIFT)
    tu = sum(u for _n, _b, u in DRIFT)
    rows.append(Row("Summa", [tb, tu, tb - tu], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
        rows=rows,
        kind="unit",
        caption=DRIFT_CAPTION,
        note=DRIFT_NOTE,
        label_width=1.7,
    )


def build() -> Doc:
    d = Doc(
        stem="nassjo-vard-och-omsorgsnamnden-verksamhetsberattelse-2025",
        municipality="Nässjö",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Vård- och omsorgsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), no "
        "title page",
        hard="two narrow KPI tables side by side on the same lines: 'Hemtjänst' (Nyckeltal | "
        "2024 | 2025, six rows) on the left half of the page and 'Särskilt boende' (Nyckeltal | "
        "2024 | 2025, five rows) on the right half, each with its own bold caption above it and "
        "rules under its own rows only, every text line holding a row of each table (the left "
        "table's last row alone); two KPI names printed in both tables with different values "
        '("Andel nöjda brukare", "Kostnad per brukare, tkr"), keyed with the caption after the '
        'name ("Andel nöjda brukare (Hemtjänst)", "… (Särskilt boende)"), the other KPIs by '
        'their printed names; six goals as numbered headings ("3.1 …") each with a line '
        '"Måluppfyllelse: Uppnådd" / "Delvis uppnådd" / "Ej uppnådd" (the -dd forms); the '
        "drift table Budget 2025 | Utfall 2025 | Avvikelse (tkr, budget minus utfall) with a "
        "Summa row on the right of the page beside a narrow column of four paragraphs of text "
        "on the left, prose lines and table rows sharing baselines; running header "
        '"Nässjö kommun" / "Vård- och omsorgsnämnden · Verksamhetsberättelse 2025" above a '
        'rule and footer "Sida n av m"',
    )
    drift = drift_table()
    tb, tu = drift.rows[-1].cells[0], drift.rows[-1].cells[1]
    assert (tb, tu, tb - tu) == (746_800, 749_950, -3_150), (tb, tu)
    n: dict[str, int] = {}
    for _t, s, _c in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"achieved": 2, "partly": 2, "not_achieved": 2}, n

    d.add(Custom("masthead", {}, words=f"{TITLE}\n{COMMITTEE}\n{MUNI}"))
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hälso- och sjukvård i hemmet och "
        "stöd till personer med funktionsnedsättning i Nässjö kommun. År 2025 präglades av ett "
        "ökat behov av hemtjänst: antalet brukare ökade till i genomsnitt 638 och de beviljade "
        "timmarna till drygt 26 000 i månaden. Samtidigt minskade antalet platser i särskilt "
        "boende när en avdelning på Norrgården stängdes för ombyggnad, men väntetiden till "
        "plats blev ändå kortare."
    )
    d.p(
        "Av nämndens sex mål är två uppnådda, två delvis uppnådda och två inte uppnådda. "
        "Brukarna är nöjdare än föregående år i både hemtjänst och särskilt boende. "
        "Sjukfrånvaron har ökat och nämnden redovisar ett underskott om 3 150 tkr."
    )
    d.h(1, "Viktiga händelser under året", "2")
    d.bullets(
        "Trygghetsbesök nattetid via digital tillsyn erbjuds i hela kommunen från mars.",
        "Ombyggnaden av Norrgården påbörjades i juni; åtta platser är stängda till hösten 2026.",
        "Arbetslag med eget planeringsansvar infördes i hemtjänsten i Nässjö tätort.",
        "Ett nytt avtal om validering till undersköterska tecknades med vuxenutbildningen.",
    )
    d.h(1, "Mål och måluppfyllelse", "3")
    d.p(
        "Nämnden har sex mål för 2025. Under varje mål anges nämndens bedömning av "
        "måluppfyllelsen för året: uppnådd, delvis uppnådd eller ej uppnådd."
    )
    for i, (title, status, text) in enumerate(GOALS, 1):
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"num": f"3.{i}", "title": title, "status": status, "text": text},
                words=f"3.{i} {title}\n\nMåluppfyllelse: {WORD[status]}\n\n{text}",
            )
        )

    d.h(1, "Nyckeltal", "4")
    d.p(
        "Tabellerna visar nämndens nyckeltal för hemtjänst och särskilt boende. Personal"
        "kontinuiteten anger hur många olika medarbetare en brukare med hemtjänst i genomsnitt "
        "möter under 14 dagar. Kostnad per brukare avser bruttokostnad i tusentals kronor."
    )
    dup = {r[0] for r in HEMTJANST[1]} & {r[0] for r in SABO[1]}
    assert dup == {"Andel nöjda brukare", "Kostnad per brukare, tkr"}, dup
    d.add(
        Custom(
            "kpi_pair",
            {},
            words="\n\n".join(kpi_words(c, rows) for c, rows in KPI_TABLES),
        )
    )
    for c, rows in KPI_TABLES:  # the key's KPIs (not drawn; the pair above draws them)
        d.add(Custom("hidden", {"table": kpi_key_table(c, rows, dup)}))
    d.p(
        "Nöjdheten har ökat i både hemtjänst och särskilt boende. Kostnaden per brukare i "
        "särskilt boende har ökat mer än i hemtjänsten, främst till följd av högre kostnader "
        "för bemanning nattetid."
    )

    d.h(1, "Ekonomi", "5")
    d.add(
        Custom(
            "drift_side",
            {"table": drift},
            words="\n\n".join(DRIFT_TEXT) + "\n\n" + drift.text(),
        )
    )
    d.h(1, "Framtid", "6")
    d.p(
        "Behovet av hemtjänst väntas fortsätta öka när antalet invånare över 80 år växer. "
        "Nämnden kommer under 2026 att följa upp de beviljade timmarna varje månad och införa "
        "arbetslagen i hela kommunen. Efter ombyggnaden av Norrgården ökar antalet platser i "
        "särskilt boende åter till 318."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    font = "Carlito"
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm)
    o = {
        "font": font,
        "size": 10.5,
        "leading": 14,
        "hcolor": GREEN,
        "color": INK,
        "h_sizes": {1: 14, 2: 11.5, 3: 11},
        "table_size": 9.5,
        "table_rules": "rules",
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.4 * rl.cm
        c.setFillColor(GREEN)
        c.setFont(f"{font}-Bold", 9)
        c.drawString(lft, y, MUNI)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont(font, 9)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} · {TITLE}")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        c.setFont(font, 8.5)
        c.drawRightString(A4[0] - rgt, bottom - 1.0 * rl.cm, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=24, leading=29, textColor=GREEN
        )
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=15, leading=19)
        meta = rl.ParagraphStyle(
            "mh3", parent=r.styles["body"], textColor=colors.HexColor("#555555")
        )
        return [
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(MUNI, meta),
            rl.Spacer(1, 6),
        ]

    stat = rl.ParagraphStyle("stat", parent=r.styles["body"], spaceAfter=3)
    gh = r.styles["h2"]

    def goal(b: Custom) -> list:
        dd = b.data
        return [
            KeepTogether(
                [
                    Paragraph(escape(f"{dd['num']} {dd['title']}"), gh),
                    Paragraph(f"<b>Måluppfyllelse:</b> {WORD[dd['status']]}", stat),
                    r.para(dd["text"]),
                ]
            )
        ]

    size = 9.5
    cell = rl.ParagraphStyle("c", parent=r.styles["cell"], fontSize=size, leading=size * 1.2)
    cellr = rl.ParagraphStyle("cr", parent=cell, alignment=2)
    head = rl.ParagraphStyle("h", parent=cell, fontName=f"{font}-Bold")
    headr = rl.ParagraphStyle("hr", parent=head, alignment=2)
    cap = rl.ParagraphStyle(
        "cap", parent=cell, fontName=f"{font}-Bold", fontSize=11, leading=13, textColor=GREEN
    )

    def kpi_pair(_b: Custom) -> list:
        gap = 0.9 * rl.cm
        half = (W - gap) / 2
        cw = [half * 0.62, half * 0.19, half * 0.19]
        for _c, rows in KPI_TABLES:
            for nm, *_x in rows:  # every name on one line, so the rows share baselines
                assert stringWidth(nm, font, size) < cw[0] - 6, nm
        nrows = max(len(rows) for _c, rows in KPI_TABLES)
        data = [
            [Paragraph(HEMTJANST[0], cap), "", "", "", Paragraph(SABO[0], cap), "", ""],
            [Paragraph("Nyckeltal", head), Paragraph("2024", headr), Paragraph("2025", headr), ""]
            + [Paragraph("Nyckeltal", head), Paragraph("2024", headr), Paragraph("2025", headr)],
        ]
        cmds: list = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ("SPAN", (0, 0), (2, 0)),
            ("SPAN", (4, 0), (6, 0)),
        ]
        for side, (_c, rows) in enumerate(KPI_TABLES):
            c0 = side * 4
            cmds.append(("LINEBELOW", (c0, 1), (c0 + 2, 1), 0.9, INK))
            if rows:
                cmds.append(("LINEBELOW", (c0, 2), (c0 + 2, 1 + len(rows)), 0.3, RULE))
        for i in range(nrows):
            line: list = []
            for side, (_c, rows) in enumerate(KPI_TABLES):
                if side:
                    line.append("")
                if i < len(rows):
                    nm, a, bb, f = rows[i]
                    line += [
                        Paragraph(escape(nm), cell),
                        Paragraph(f(a), cellr),
                        Paragraph(f(bb), cellr),
                    ]
                else:
                    line += ["", "", ""]
            data.append(line)
        tbl = rl.RLTable(
            data,
            colWidths=cw + [gap] + cw,
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        return [rl.Spacer(1, 4), tbl, rl.Spacer(1, 10)]

    def drift_side(b: Custom) -> list:
        t: Table = b.data["table"]
        gap = 0.7 * rl.cm
        tw = W * 0.60
        lw = W - tw - gap
        small = rl.ParagraphStyle("sm", parent=r.styles["body"], fontSize=10, leading=13.2)
        left = [Paragraph(escape(p), small) for p in DRIFT_TEXT]
        right = r.table(t, tw)
        outer = rl.RLTable(
            [[left, "", right]],
            colWidths=[lw, gap, tw],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        return [outer, rl.Spacer(1, 6)]

    r.custom.update(
        masthead=masthead,
        goal=goal,
        kpi_pair=kpi_pair,
        hidden=lambda _b: [],
        drift_side=drift_side,
    )
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

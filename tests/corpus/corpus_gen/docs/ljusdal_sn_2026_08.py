"""Ljusdal, Socialnämnden, delårsrapport januari–augusti 2026, written into the municipality's
FILLABLE PDF TEMPLATE (reportlab canvas, Liberation Sans for the template, Helvetica in every field).

The template's own texts are ordinary page content: the running header and footer, the title
"Delårsrapport", the labels of the header box ("Nämnd", "Period", "Diarienummer", "Upprättad av",
"Datum"), the section headings and their grey guidance lines, the goal slots' labels ("Nämndmål
1" … "Nämndmål 6", "Bedömning", "Kommentar"), the rules and column headings of the two tables,
the "Summa nämnden" label and the note under the drift table, and the light tint behind each
field. Everything the secretary typed is in AcroForm text fields (one field per value, no
border, no fill of its own, with an appearance stream drawing the value, as a form filler saves
it): the committee and the period in the header box, each goal's title, its assessment
("Uppnås", "Uppnås delvis", "Uppnås inte") and its comment (multiline fields whose appearance
wraps the text; the field value is the unwrapped text), the summary, and every cell of the KPI
table and the drift table (names and numbers, numbers drawn flush right). The sixth goal slot,
the eighth KPI row and the sixth drift row of the template are left empty.

So the committee ("Socialnämnden") and the period ("Januari–augusti 2026") are nowhere in the page
content: only in fields, and the fixed title says only "Delårsrapport". A reader that takes the
page's text objects only (and not the widgets' appearance streams) sees a template with labels,
column headings and empty ruled tables."""

from __future__ import annotations

from pathlib import Path

import reportlab.pdfbase.pdfdoc  # noqa: F401  (the extpdfdoc codec)
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from .. import rl  # noqa: F401  (registers the Liberation fonts)
from ..model import Col, Custom, Doc, H, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Ljusdals kommun"
COMMITTEE = "Socialnämnden"
PERIOD = "Januari–augusti 2026"
DNR = "SN 2026/0312"
AUTHOR = "Maria Hedlund, controller"
DATE = "2026-09-15"

BLUE = colors.HexColor("#00567A")
GREY = colors.HexColor("#5F6B73")
TINT = colors.HexColor("#EEF3F6")
RULE = colors.HexColor("#9AA7AF")

STATUS_WORD = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

SUMMARY = (
    "Socialnämnden bedömer att två av fem nämndmål uppnås under året, att två uppnås delvis och "
    "att ett inte uppnås. Utredningstiderna inom barn och familj har kortats och fler hushåll har "
    "lämnat ekonomiskt bistånd för arbete eller studier. Antalet vårddygn på HVB för barn och unga "
    "har däremot ökat. Prognosen för helåret är ett underskott om 3 600 tkr, främst inom barn och "
    "familj och ekonomiskt bistånd."
)

GOALS = [
    (
        "Barn och unga som behöver stöd ska få rätt insats i tid",
        "partly",
        "Andelen utredningar som avslutas inom 120 dagar har ökat från 71 till 78 procent sedan en "
        "mottagningsgrupp inrättades i februari. Målvärdet 85 procent nås ännu inte eftersom två "
        "tjänster som socialsekreterare har varit vakanta under sommaren.",
    ),
    (
        "Fler hushåll med ekonomiskt bistånd ska bli självförsörjande",
        "expected_achieved",
        "31 procent av de hushåll som avslutat sitt bistånd gjorde det för arbete eller studier, "
        "jämfört med 24 procent samma period 2025. Samarbetet med arbetsmarknadsenheten och "
        "Arbetsförmedlingen har gett resultat, och handläggningstiden för nybesök är nu 12 dagar.",
    ),
    (
        "Placeringar i hem för vård eller boende ska i högre grad ersättas av insatser på "
        "hemmaplan",
        "expected_not_achieved",
        "Antalet vårddygn på HVB för barn och unga har ökat till 2 650 under perioden, mot 2 310 "
        "samma period förra året. Ökningen beror på tre placeringar av ungdomar med omfattande "
        "behov som inte har kunnat tillgodoses i öppenvården. Familjebehandlingen förstärks under "
        "hösten.",
    ),
    (
        "Den som söker stöd ska känna sig respektfullt bemött",
        "expected_achieved",
        "I brukarundersökningen i april svarade 90 procent att de känner sig respektfullt bemötta "
        "av socialtjänsten. Resultatet är det högsta sedan mätningarna började och ligger över "
        "målvärdet 85 procent.",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "partly",
        "Sjukfrånvaron har minskat från 9,4 till 8,6 procent men är fortfarande högre än "
        "målvärdet 7,5 procent. Korttidsfrånvaron har minskat mest. Arbetet med hälsofrämjande "
        "insatser och tidig kontakt med företagshälsovården fortsätter.",
    ),
]
GOAL_SLOTS = 6  # the template has six slots; the sixth is left empty

# name, jan–aug 2025, jan–aug 2026, målvärde 2026 (as typed), fmt
KPIS = [
    ("Andel utredningar barn och unga klara inom 120 dagar", 71, 78, "85 %", PCT),
    ("Antal vårddygn HVB, barn och unga", 2310, 2650, "2 000", N),
    ("Handläggningstid ekonomiskt bistånd, nybesök (dagar)", 16, 12, "14", N),
    ("Andel avslutade hushåll med arbete eller studier", 24, 31, "28 %", PCT),
    ("Antal hushåll med ekonomiskt bistånd per månad", 286, 271, "", N),
    ("Andel brukare som känner sig respektfullt bemötta", 87, 90, "85 %", PCT),
    ("Sjukfrånvaro, medarbetare", 9.4, 8.6, "7,5 %", PCT1),
]
KPI_SLOTS = 8

# verksamhet, budget 2026, utfall jan–aug 2026, prognos 2026 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 6_400, 4_150, 6_300),
    ("Barn och familj", 48_200, 34_900, 51_700),
    ("Vuxen och socialpsykiatri", 36_500, 24_100, 36_200),
    ("Ekonomiskt bistånd", 31_800, 22_450, 33_300),
    ("Arbetsmarknad och integration", 18_900, 11_780, 17_900),
]
DRIFT_SLOTS = 6

ECON_COMMENT = (
    "Nämnden prognostiserar ett underskott om 3 600 tkr för helåret. Barn och familj beräknas "
    "överskrida budgeten med 3 500 tkr till följd av fler och dyrare placeringar. Ekonomiskt "
    "bistånd visar ett underskott om 1 500 tkr trots färre hushåll, eftersom riksnormen och "
    "boendekostnaderna har ökat. Arbetsmarknad och integration har ett överskott om 1 000 tkr "
    "genom högre statsbidrag."
)

# the template's fixed texts
T_TITLE = "Delårsrapport"
T_INTRO = (
    "Blankett för nämndens delårsrapport. Fyll i de skuggade fälten och spara blanketten som PDF."
)
T_HEAD_LABELS = ("Nämnd", "Period", "Diarienummer", "Upprättad av", "Datum")
T_SUM_GUIDE = "Beskriv kortfattat nämndens måluppfyllelse och ekonomiska resultat för perioden."
T_GOAL_GUIDE = (
    "Bedöm för varje nämndmål om målet kommer att nås för helåret. Ange Uppnås, Uppnås delvis "
    "eller Uppnås inte, och kommentera bedömningen."
)
T_KPI_GUIDE = "Ange utfall för perioden och samma period föregående år samt årets målvärde."
T_FIN_CAPTION = "Driftredovisning per verksamhet, nettokostnad (tkr)"
T_FIN_NOTE = "Avvikelse = budget minus prognos. Negativt belopp innebär underskott."
T_FIN_COMMENT = "Kommentar till ekonomin"

KCOLS = [
    Col(("Utfall", "jan–aug 2025"), year="2025"),
    Col(("Utfall", "jan–aug 2026"), year="2026"),
    Col(("Målvärde", "2026"), year=None),
]
FCOLS = [
    Col(("Budget", "2026")),
    Col(("Utfall", "jan–aug 2026")),
    Col(("Prognos", "2026")),
    Col(("Avvikelse",)),
]


def kpi_table() -> Table:
    rows = [Row(name, [v25, v26, Raw(t) if t else None], fmt=f) for name, v25, v26, t, f in KPIS]
    return Table(label_head=("Nyckeltal",), cols=KCOLS, rows=rows, kind="kpi")


def drift_table() -> Table:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot == [141_800, 97_380, 145_400], tot
    rows.append(Row("Summa nämnden", [*tot, tot[0] - tot[2]], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=FCOLS,
        rows=rows,
        kind="unit",
        caption=T_FIN_CAPTION,
        note=T_FIN_NOTE,
    )


def build() -> Doc:
    d = Doc(
        stem="ljusdal-socialnamnden-delarsrapport-2026-08",
        municipality="Ljusdal",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport",
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 written into the municipality's "
        "fillable PDF template (reportlab canvas; Liberation Sans template, Helvetica fields)",
        hard="everything the secretary typed is in AcroForm text fields (widgets with no border "
        "and no fill, each with an appearance stream showing its value), not in the page "
        'content: the committee ("Socialnämnden") and the period ("Januari–augusti 2026") in '
        'the header box, each goal\'s title, its assessment ("Uppnås", "Uppnås delvis", '
        '"Uppnås inte") and its comment (multiline fields), the summary, and every cell of the '
        "KPI table (Nyckeltal | Utfall jan–aug 2025 | Utfall jan–aug 2026 | Målvärde 2026, "
        'targets typed as plain numbers "85 %", "2 000") and of the drift table (Budget 2026 | '
        "Utfall jan–aug 2026 | Prognos 2026 | Avvikelse, tkr, budget minus prognosis, the "
        '"Summa nämnden" label fixed, its amounts in fields); the page content holds only the '
        'template: the title "Delårsrapport" without period or committee, labels, guidance '
        'lines, the goal slots\' labels ("Nämndmål 1", "Bedömning", "Kommentar"), column '
        "headings and empty ruled rows (a sixth goal slot, an eighth KPI row and a sixth drift "
        "row are left empty); the municipality only in the running header and footer "
        '("Ljusdals kommun"); a "Datum: 2026-09-15" field beside the period. `pdftotext '
        "-layout` does show the field values (poppler draws the widgets' appearance streams); "
        "pdfium's text page of the page alone does not",
    )
    d.add(
        Custom(
            "head",
            {},
            words="\n".join(
                [T_TITLE, T_INTRO]
                + [
                    f"{lab}\n{val}"
                    for lab, val in zip(
                        T_HEAD_LABELS, (COMMITTEE, PERIOD, DNR, AUTHOR, DATE), strict=True
                    )
                ]
            ),
        )
    )
    d.add(H(1, "Sammanfattning", "1."), P(T_SUM_GUIDE, "small"), P(SUMMARY))
    d.add(H(1, "Nämndens mål", "2."), P(T_GOAL_GUIDE, "small"))
    for i in range(GOAL_SLOTS):
        if i < len(GOALS):
            title, status, comment = GOALS[i]
            d.goal(title, status)
            words = (
                f"Nämndmål {i + 1}\n{title}\nBedömning\n{STATUS_WORD[status]}\nKommentar\n{comment}"
            )
        else:
            words = f"Nämndmål {i + 1}\nBedömning\nKommentar"
        d.add(Custom("goal", {"i": i}, words=words))
    d.add(H(1, "Nyckeltal", "3."), P(T_KPI_GUIDE, "small"))
    d.table(kpi_table())
    d.add(H(1, "Ekonomi", "4."))
    d.table(drift_table())
    d.add(P(T_FIN_COMMENT), P(ECON_COMMENT))
    return d


# ---------------------------------------------------------------- the form


FIELD_FONT = "Helvetica"


def esc(s: str) -> str:
    """A PDF string literal in PDFDocEncoding (the fields' font encoding), as reportlab's own
    appearance streams write it: bytes above 126 as octal escapes ("å" -> \\345, "–" -> \\205)."""
    out = []
    for b in s.encode("extpdfdoc"):
        ch = chr(b)
        if ch in "\\()":
            out.append("\\" + ch)
        elif b > 126 or b < 32 or ch == "%":
            out.append(f"\\{b:03o}")
        else:
            out.append(ch)
    return "".join(out)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        cand = f"{line} {word}" if line else word
        if stringWidth(cand, font, size) <= width or not line:
            line = cand
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


class Form:
    """Draws the template on a canvas and adds the filled-in fields."""

    def __init__(self, c: rl_canvas.Canvas) -> None:
        self.c = c
        self.form = c.acroForm
        self.n = 0
        self._how: dict = {}
        form = self.form

        def tx_ap(key, value, iFontName, rFontName, fontSize, width=120, height=36, **_kw):  # noqa: N803
            """An appearance stream as a form filler writes it: the value wrapped to the
            field's width (multiline) or on one line, left or right aligned."""
            how = self._how
            font = how["font"]
            pad = 2.0
            if how["multiline"]:
                lines = wrap(value, font, fontSize, width - 2 * pad)
                lead = fontSize * 1.22
                assert len(lines) * lead <= height - 1, (value, len(lines), height)
                y0 = height - pad - fontSize * 0.93
            else:
                lines = [value] if value else []
                assert stringWidth(value, font, fontSize) <= width - 2 * pad, (value, width)
                lead = 0
                y0 = (height - fontSize * 0.72) / 2
            out = ["/Tx BMC", "q", f"1 1 {width - 2:.2f} {height - 2:.2f} re W n"]
            if lines:
                out += ["BT", f"/{iFontName} {fontSize:g} Tf", "0.07 0.07 0.07 rg"]
                for k, ln in enumerate(lines):
                    w = stringWidth(ln, font, fontSize)
                    x = width - pad - w if how["right"] else pad
                    out.append(f"1 0 0 1 {x:.2f} {y0 - k * lead:.2f} Tm ({esc(ln)}) Tj")
                out.append("ET")
            out += ["Q", "EMC"]
            return form.makeStream(
                width,
                height,
                "\n".join(out),
                Resources=PDFFromString(
                    "<< /ProcSet [/PDF /Text] /Font %s >>" % rFontName  # noqa: UP031
                ),
            )

        form.txAP = tx_ap

    def field(
        self,
        name: str,
        value: str,
        x: float,
        y: float,
        w: float,
        h: float,
        size: float = 9,
        bold: bool = False,
        right: bool = False,
        multiline: bool = False,
        tint: bool = True,
    ) -> None:
        """A text field at (x, y) (bottom left), the template's tint behind it."""
        c = self.c
        if tint:
            c.setFillColor(TINT)
            c.rect(x, y, w, h, stroke=0, fill=1)
        # one font for every field (a second form font makes reportlab write /DR with two
        # /Font keys); `bold` is kept for the call sites but the form has no bold field font
        font = FIELD_FONT
        self._how = {"font": font, "right": right, "multiline": multiline}
        self.form.textfield(
            name=name,
            value=value,
            x=x,
            y=y,
            width=w,
            height=h,
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            textColor=colors.black,
            fontName=font,
            fontSize=size,
            fieldFlags="multiline" if multiline else "",
            maxlen=0,
            tooltip=None,
        )

    # -- fixed texts
    def text(self, x, y, s, size=9, bold=False, color=colors.black, font="LiberationSans"):
        c = self.c
        c.setFillColor(color)
        c.setFont(f"{font}-Bold" if bold else font, size)
        c.drawString(x, y, s)

    def rtext(self, x, y, s, size=9, bold=False, color=colors.black):
        c = self.c
        c.setFillColor(color)
        c.setFont("LiberationSans-Bold" if bold else "LiberationSans", size)
        c.drawRightString(x, y, s)

    def hline(self, x0, x1, y, width=0.5, color=RULE):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.line(x0, y, x1, y)


L = 2.0 * cm
R = A4[0] - 2.0 * cm
W = R - L
TOP = A4[1] - 2.3 * cm


def furniture(f: Form, page: int, pages: int) -> None:
    y = A4[1] - 1.35 * cm
    f.text(L, y, MUNI, size=11, bold=True, color=BLUE)
    f.rtext(R, y, "Mall: Delårsrapport nämnd · version 2026:1", size=7.5, color=GREY)
    f.hline(L, R, y - 6, 0.8, BLUE)
    y = 1.25 * cm
    f.hline(L, R, y + 10, 0.5, RULE)
    f.text(L, y, f"{MUNI} · 827 80 Ljusdal · www.ljusdal.se", size=7.5, color=GREY)
    f.rtext(R, y, f"Sida {page} av {pages}", size=7.5, color=GREY)


def heading(f: Form, y: float, num: str, title: str) -> float:
    f.text(L, y, f"{num} {title}", size=12.5, bold=True, color=BLUE)
    return y - 17


def guide_lines(f: Form, y: float, guide: str) -> float:
    c = f.c
    for ln in wrap(guide, "LiberationSans-Italic", 8.5, W):
        c.setFillColor(GREY)
        c.setFont("LiberationSans-Italic", 8.5)
        c.drawString(L, y, ln)
        y -= 11
    return y - 3


GOAL_H = 132  # a goal slot's height, the same for every slot (a form's fixed boxes)
LABW = 78


def goal_slot(f: Form, i: int, top: float) -> float:
    c = f.c
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(L, top - GOAL_H, W, GOAL_H, stroke=1, fill=0)
    title, status, comment = GOALS[i] if i < len(GOALS) else ("", "", "")
    fx, fw = L + LABW, W - LABW - 6
    # row 1: the goal's title (up to two lines)
    y = top - 6 - 26
    f.text(L + 6, top - 16, f"Nämndmål {i + 1}", size=8.5, bold=True, color=BLUE)
    f.field(f"mal{i + 1}_titel", title, fx, y, fw, 26, size=9.5, bold=True, multiline=True)
    # row 2: the assessment
    y -= 6 + 16
    f.text(L + 6, y + 5, "Bedömning", size=8.5, bold=True)
    f.field(f"mal{i + 1}_bedomning", STATUS_WORD.get(status, ""), fx, y, 150, 16, size=9.5)
    # row 3: the comment
    h = 66
    y -= 6 + h
    f.text(L + 6, y + h - 11, "Kommentar", size=8.5, bold=True)
    f.field(f"mal{i + 1}_kommentar", comment, fx, y, fw, h, size=9, multiline=True)
    return top - GOAL_H - 8


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Delårsrapport")
    c.setAuthor("")
    c.setCreator("Ljusdals kommun – blankett")
    f = Form(c)
    pages = 3

    # ---- page 1: header box, summary, two goal slots
    furniture(f, 1, pages)
    y = TOP - 14
    f.text(L, y, T_TITLE, size=22, bold=True, color=BLUE)
    y -= 16
    c.setFillColor(GREY)
    c.setFont("LiberationSans-Italic", 8.5)
    c.drawString(L, y, T_INTRO)
    y -= 12
    # header box: two rows of labelled cells
    box_top = y
    rowh = 30
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.rect(L, box_top - 2 * rowh, W, 2 * rowh, stroke=1, fill=0)
    f.hline(L, R, box_top - rowh, 0.6)
    cells = [
        [(0, 0.6, "Nämnd", COMMITTEE, "namnd"), (0.6, 1.0, "Period", PERIOD, "period")],
        [
            (0, 0.3, "Diarienummer", DNR, "dnr"),
            (0.3, 0.72, "Upprättad av", AUTHOR, "upprattad_av"),
            (0.72, 1.0, "Datum", DATE, "datum"),
        ],
    ]
    for k, row in enumerate(cells):
        top = box_top - k * rowh
        for a, b, lab, val, name in row:
            x0, x1 = L + a * W, L + b * W
            if a > 0:
                c.setStrokeColor(RULE)
                c.line(x0, top, x0, top - rowh)
            f.text(x0 + 4, top - 9, lab, size=7, color=GREY)
            f.field(name, val, x0 + 3, top - rowh + 3, x1 - x0 - 6, 15, size=10, bold=(k == 0))
    y = box_top - 2 * rowh - 24
    y = heading(f, y, "1.", "Sammanfattning")
    y = guide_lines(f, y + 3, T_SUM_GUIDE)
    sh = 70
    f.field("sammanfattning", SUMMARY, L, y - sh + 6, W, sh, size=9, multiline=True)
    y = y - sh - 16
    y = heading(f, y, "2.", "Nämndens mål")
    y = guide_lines(f, y + 3, T_GOAL_GUIDE)
    for i in range(2):
        y = goal_slot(f, i, y)
    c.showPage()

    # ---- page 2: goal slots 3–6 (the sixth empty)
    furniture(f, 2, pages)
    y = TOP
    for i in range(2, GOAL_SLOTS):
        y = goal_slot(f, i, y)
    c.showPage()

    # ---- page 3: KPI table, drift table, comment
    furniture(f, 3, pages)
    y = TOP - 4
    y = heading(f, y, "3.", "Nyckeltal")
    y = guide_lines(f, y + 3, T_KPI_GUIDE)
    widths = [W * 0.52, W * 0.16, W * 0.16, W * 0.16]
    xs = [L + sum(widths[:k]) for k in range(len(widths) + 1)]
    rowh = 17

    def head_row(y: float, labels: list[tuple[str, ...]]) -> float:
        c.setFillColor(TINT)
        c.rect(L, y - 2 * 11 - 4, W, 2 * 11 + 4, stroke=0, fill=1)
        for k, lines in enumerate(labels):
            for j, s in enumerate(lines):
                yy = y - 10 - (j + 2 - len(lines)) * 11
                if k == 0:
                    f.text(xs[k] + 3, yy, s, size=8.5, bold=True)
                else:
                    f.rtext(xs[k + 1] - 3, yy, s, size=8.5, bold=True)
        y -= 2 * 11 + 4
        f.hline(L, R, y, 0.9, colors.black)
        return y

    y = head_row(y, [("Nyckeltal",), *[col.head for col in KCOLS]])
    for r in range(KPI_SLOTS):
        vals = ["", "", "", ""]
        if r < len(KPIS):
            name, v25, v26, t, fmt = KPIS[r]
            vals = [name, fmt(v25), fmt(v26), t]
        for k, v in enumerate(vals):
            f.field(
                f"nyckeltal_r{r + 1}_k{k + 1}",
                v,
                xs[k] + 1,
                y - rowh + 1,
                widths[k] - 2,
                rowh - 2,
                size=8.5,
                right=k > 0,
                tint=False,
            )
        y -= rowh
        f.hline(L, R, y, 0.4)
    y -= 26

    y = heading(f, y, "4.", "Ekonomi")
    c.setFillColor(colors.black)
    f.text(L, y + 2, T_FIN_CAPTION, size=9, bold=True)
    y -= 8
    widths = [W * 0.36, W * 0.16, W * 0.16, W * 0.16, W * 0.16]
    xs = [L + sum(widths[:k]) for k in range(len(widths) + 1)]
    y = head_row(y, [("Verksamhet",), *[col.head for col in FCOLS]])
    t = drift_table()
    data_rows = t.rows[:-1]
    for r in range(DRIFT_SLOTS):
        vals = [""] * 5
        if r < len(data_rows):
            row = data_rows[r]
            vals = [row.label] + [
                t.fmt_cell(row, col, v) for col, v in zip(t.cols, row.cells, strict=True)
            ]
        for k, v in enumerate(vals):
            f.field(
                f"drift_r{r + 1}_k{k + 1}",
                v,
                xs[k] + 1,
                y - rowh + 1,
                widths[k] - 2,
                rowh - 2,
                size=8.5,
                right=k > 0,
                tint=False,
            )
        y -= rowh
        f.hline(L, R, y, 0.4)
    # the sum row: the label is the template's, the amounts are fields
    f.hline(L, R, y, 0.9, colors.black)
    tot = t.rows[-1]
    f.text(xs[0] + 3, y - rowh + 5, tot.label, size=8.5, bold=True)
    for k, (col, v) in enumerate(zip(t.cols, tot.cells, strict=True), start=1):
        f.field(
            f"drift_summa_k{k + 1}",
            t.fmt_cell(tot, col, v),
            xs[k] + 1,
            y - rowh + 1,
            widths[k] - 2,
            rowh - 2,
            size=8.5,
            bold=True,
            right=True,
            tint=False,
        )
    y -= rowh
    f.hline(L, R, y, 0.9, colors.black)
    y -= 11
    c.setFillColor(GREY)
    c.setFont("LiberationSans-Italic", 8)
    c.drawString(L, y, T_FIN_NOTE)
    y -= 20
    f.text(L, y, T_FIN_COMMENT, size=9.5, bold=True)
    y -= 6
    h = 70
    f.field("ekonomi_kommentar", ECON_COMMENT, L, y - h, W, h, size=9, multiline=True)
    assert y - h > 2.0 * cm, y - h
    c.showPage()
    c.save()
    return path

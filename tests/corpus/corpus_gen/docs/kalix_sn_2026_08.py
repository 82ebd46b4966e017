"""Kalix, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans), no title
page. The goals' forecasts are given ONLY BY THE COLOUR OF EACH GOAL'S TITLE: under "Nämndens mål"
each goal is a bold line printed in green, dark orange or red, explained once by a legend sentence
above them ("Målens färg visar prognosen för helåret: grön text – målet bedöms uppnås, orange text
– målet bedöms delvis uppnås, röd text – målet bedöms inte uppnås"; the three colour phrases
printed in their colours), and each goal is followed by a short analysis in black that never
states the forecast in words. Between the goals stand "Målområde …" lines in the same bold type
and size as the goals but black, which are no goals. Every other heading is black. A KPI table
Jan–aug 2024 | Jan–aug 2025 | Jan–aug 2026 | Mål 2026 (period values, targets "≤ 12", "≥ 90 %")
and a drift table in tkr, Budget 2026 | Utfall jan–aug 2026 | Prognos 2026 | Avvikelse (budget
minus prognos) with a Summa row; running header and footer "Sida n av 3"."""

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

MUNI = "Kalix kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"

GREEN = colors.HexColor("#1B7A2E")
ORANGE = colors.HexColor("#B35A00")
RED = colors.HexColor("#C41E1E")
COLOR = {"expected_achieved": GREEN, "partly": ORANGE, "expected_not_achieved": RED}

LEGEND = [
    ("Målens färg visar prognosen för helåret: ", None),
    ("grön text", GREEN),
    (" – målet bedöms uppnås, ", None),
    ("orange text", ORANGE),
    (" – målet bedöms delvis uppnås, ", None),
    ("röd text", RED),
    (" – målet bedöms inte uppnås.", None),
]

# målområde: [(goal title, status, analysis)]
AREAS = [
    (
        "Målområde: Vård och omsorg för äldre",
        [
            (
                "Den som har hemtjänst ska möta färre olika medarbetare",
                "partly",
                "En hemtjänsttagare mötte i genomsnitt 14 olika medarbetare under en "
                "tvåveckorsperiod i våras, två färre än 2024. Nya arbetslag med fasta "
                "kontaktpersoner har införts i centrala Kalix och i Nyborg, men i Töre och "
                "Morjärv har vakanser och semesterperioden krävt fler vikarier. Arbetslagen "
                "utvidgas till hela kommunen under hösten.",
            ),
            (
                "Väntetiden till särskilt boende ska minska",
                "expected_not_achieved",
                "Den genomsnittliga väntetiden från ansökan till erbjudet inflyttningsdatum var "
                "71 dagar under perioden, att jämföra med 64 dagar samma period 2025. Tolv "
                "platser på Furuhem har varit stängda för renovering sedan mars och öppnar först "
                "i december. Fyra personer har erbjudits plats i Haparanda i väntan på plats i "
                "Kalix.",
            ),
        ],
    ),
    (
        "Målområde: Barn, unga och vuxna",
        [
            (
                "Barn och unga ska få en skyndsam och rättssäker utredning",
                "partly",
                "Andelen utredningar som avslutats inom 120 dagar har ökat till 79 procent. Två "
                "tjänster som socialsekreterare har varit vakanta under våren och har nu "
                "tillsatts. Den utredningsmetodik som infördes 2025 används i alla ärenden och "
                "en extern granskning av 20 akter i maj visade inga allvarliga brister.",
            ),
            (
                "Fler vuxna med ekonomiskt bistånd ska komma i arbete eller studier",
                "expected_achieved",
                "34 procent av de vuxna som avslutat sitt bistånd under perioden gick till arbete "
                "eller studier, och antalet hushåll med bistånd har minskat jämfört med 2025. "
                "Samarbetet med arbetsmarknadsenheten och Arbetsförmedlingen i Kalix ger fler "
                "praktikplatser, och nio personer har börjat på vård- och omsorgsprogrammet "
                "inom vuxenutbildningen.",
            ),
            (
                "Barn och unga ska i första hand få stöd på hemmaplan",
                "expected_achieved",
                "Antalet vårddygn på HVB för barn och unga har minskat med nästan en femtedel "
                "jämfört med samma period 2025. Familjebehandlarna har tagit emot 46 nya familjer "
                "och mobila teamet arbetar nu även kvällar och helger.",
            ),
        ],
    ),
    (
        "Målområde: Medarbetare",
        [
            (
                "Socialnämnden ska vara en attraktiv arbetsgivare med en hållbar arbetsmiljö",
                "partly",
                "Sjukfrånvaron var 8,6 procent under perioden, något högre än under samma period "
                "2025 och över målvärdet. Medarbetarenkäten i april visar däremot ett högre "
                "index för ledarskap och arbetsglädje än förra mätningen, och personalomsättningen "
                "bland undersköterskor har minskat. Heltidsarbetet fortsätter enligt plan.",
            ),
        ],
    ),
]

KCOLS = [
    Col(("Jan–aug", "2024"), year="2024"),
    Col(("Jan–aug", "2025"), year="2025"),
    Col(("Jan–aug", "2026"), year="2026"),
    Col(("Mål", "2026")),
]

# nyckeltal: (name, 2024, 2025, 2026, target as printed, fmt)
KPIS = [
    ("Antal personal som en hemtjänsttagare möter under 14 dagar", 16, 15, 14, "≤ 12", N),
    ("Andel brukare med genomförandeplan inom 14 dagar", 71, 78, 83, "≥ 90 %", PCT),
    ("Väntetid till särskilt boende, dagar (medelvärde)", 58, 64, 71, "≤ 60", N),
    ("Andel utredningar barn och unga klara inom 120 dagar", 68, 74, 79, "≥ 85 %", PCT),
    ("Hushåll med ekonomiskt bistånd, antal per månad", 214, 231, 226, "≤ 220", N),
    ("Andel avslutade bistånd till arbete eller studier", 27, 31, 34, "≥ 33 %", PCT),
    ("Vårddygn på HVB, barn och unga", 2_140, 1_870, 1_512, "≤ 1 600", N),
    ("Sjukfrånvaro bland medarbetarna", 8.9, 8.4, 8.6, "≤ 7,5 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug 2026, prognos 2026 (tkr, nettokostnad)
DRIFT = [
    ("Nämnd och förvaltningsledning", 14_850, 9_420, 14_600),
    ("Särskilt boende", 168_300, 116_950, 173_100),
    ("Hemtjänst och hemsjukvård", 121_700, 82_640, 123_900),
    ("Stöd till personer med funktionsnedsättning", 86_400, 57_310, 85_700),
    ("Individ- och familjeomsorg", 58_900, 37_420, 56_200),
    ("Ekonomiskt bistånd", 17_600, 11_930, 18_300),
]


def build() -> Doc:
    d = Doc(
        stem="kalix-socialnamnden-delarsrapport-2026-08",
        municipality="Kalix",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans), no "
        "title page",
        hard='each goal\'s forecast is ONLY THE COLOUR OF ITS TITLE TEXT: under "Nämndens mål" '
        "the six goals are bold lines printed in green, dark orange or red, no word, symbol or "
        'shape beside them, explained once by a legend sentence above them ("Målens färg visar '
        "prognosen för helåret: grön text – målet bedöms uppnås, orange text – målet bedöms "
        'delvis uppnås, röd text – målet bedöms inte uppnås", the three colour phrases printed '
        "in their colours), each goal followed by a short analysis in black that never states the "
        'forecast; three "Målområde: …" lines in the same bold type and size as the goals but '
        "black stand between them and are no goals; the summary gives only the counts (two, "
        "three, one); a KPI table Jan–aug 2024 | Jan–aug 2025 | Jan–aug 2026 | Mål 2026 (period "
        'values, targets "≤ 12", "≥ 90 %", "≤ 7,5 %"); a drift table in tkr Budget 2026 | '
        "Utfall jan–aug 2026 | Prognos 2026 | Avvikelse (budget minus prognos) with a Summa row; "
        'running header "Kalix kommun" / "Socialnämnden · Delårsrapport januari–augusti 2026" '
        'and footer "Sida n av 3"',
    )
    n: dict[str, int] = {}
    for _a, goals in AREAS:
        for _t, s, _c in goals:
            n[s] = n.get(s, 0) + 1
    assert n == {"expected_achieved": 2, "partly": 3, "expected_not_achieved": 1}, n

    tot_b = sum(b for _n, b, _u, _p in DRIFT)
    tot_u = sum(u for _n, _b, u, _p in DRIFT)
    tot_p = sum(p for _n, _b, _u, p in DRIFT)
    dev = tot_b - tot_p
    assert dev == -4_050, dev

    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Behandlad av socialnämnden 2026-09-24, § 112. Dnr SN 2026/0387",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Socialnämnden redovisar i delårsrapporten verksamhet, måluppfyllelse och ekonomi för "
        "perioden januari–augusti 2026. Färre barn och unga är placerade på HVB och fler vuxna "
        "med ekonomiskt bistånd har gått vidare till arbete eller studier. Väntetiden till "
        "särskilt boende har däremot ökat, främst på grund av renoveringen av Furuhem. Av "
        "nämndens sex mål bedöms två uppnås, tre delvis uppnås och ett inte uppnås vid årets "
        "slut. Prognosen för helåret är ett underskott om 4 050 tkr, vilket motsvarar 0,9 "
        "procent av nämndens budget."
    )
    d.h(1, "Viktiga händelser under perioden")
    d.bullets(
        "Renoveringen av Furuhems två avdelningar startade i mars; tolv platser är stängda till "
        "december.",
        "Hemtjänsten har delats in i mindre arbetslag med fasta kontaktpersoner i centrala Kalix "
        "och Nyborg.",
        "Mobila teamet inom individ- och familjeomsorgen arbetar sedan maj även kvällar och "
        "helger.",
        "Ett nytt verksamhetssystem för hemtjänstens planering togs i drift i juni.",
    )
    d.h(1, "Nämndens mål")
    d.add(Custom("legend", {}, words="".join(t for t, _c in LEGEND)))
    for area, goals in AREAS:
        d.add(Custom("area", {"title": area}, words=area))
        for title, status, analysis in goals:
            d.goal(title, status)
            d.add(
                Custom(
                    "goal",
                    {"title": title, "status": status, "analysis": analysis},
                    words=f"{title}\n\n{analysis}",
                )
            )

    d.h(1, "Nyckeltal")
    d.p(
        "Utfallen avser perioden januari–augusti respektive år. Sjukfrånvaron avser "
        "tillsvidare- och visstidsanställda medarbetare."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KCOLS,
            rows=[Row(name, [v24, v25, v26, Raw(t)], fmt=f) for name, v24, v25, v26, t, f in KPIS],
            kind="kpi",
            label_width=4.9,
        )
    )

    d.page_break()
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden prognostiserar ett underskott om 4 050 tkr för helåret. Underskottet finns "
        "inom särskilt boende, där platserna på Furuhem ersätts med köpta platser i Haparanda "
        "och med övertid, och inom hemtjänsten, där antalet beviljade timmar har ökat med sju "
        "procent. Individ- och familjeomsorgen visar ett överskott när färre barn och unga är "
        "placerade på HVB. Kostnaderna för ekonomiskt bistånd ligger något över budget."
    )
    rows = [Row(name, [b, u, p, b - p]) for name, b, u, p in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_u, tot_p, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug 2026")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; ett negativt belopp är ett underskott.",
            label_width=3.4,
        )
    )
    d.p(
        "För att minska underskottet har nämnden beslutat att pröva alla vikariat inom "
        "förvaltningsledningen, att samordna nattpatrullen i hemtjänsten med särskilt boende i "
        "Töre och att se över köpta platser inom stöd till personer med funktionsnedsättning."
    )
    d.h(1, "Framåtblick")
    d.p(
        "När Furuhem öppnar i december väntas kön till särskilt boende minska under första "
        "halvåret 2027. Antalet invånare över 80 år i Kalix ökar med omkring fyra procent per "
        "år, vilket ställer krav på både hemtjänst och boendeplatser. Nämnden kommer i "
        "budgetarbetet för 2027 att lyfta behovet av fler platser och av ett fortsatt arbete "
        "med heltid och kompetensförsörjning."
    )
    d.options["pdf_title"] = "Delårsrapport jan-aug 2026 Socialnämnden"
    d.options["pdf_creator"] = "Microsoft® Word för Microsoft 365"
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.5 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm)
    font = "LiberationSans"
    o = {
        "font": font,
        "size": 10,
        "leading": 13.5,
        "hcolor": colors.black,
        "color": colors.black,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#EDEDED"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(f"{font}-Bold", 8.5)
        c.drawString(lft, y, MUNI)
        c.setFont(font, 8.5)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} · {TITLE}")
        c.setStrokeColor(colors.HexColor("#808080"))
        c.setLineWidth(0.5)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.line(lft, fy + 11, A4[0] - rgt, fy + 11)
        c.setFont(font, 8)
        c.drawString(lft, fy, "Dnr SN 2026/0387")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    gsize = 10.5
    gstyle = rl.ParagraphStyle(
        "goal",
        parent=r.styles["body"],
        fontName=f"{font}-Bold",
        fontSize=gsize,
        leading=gsize * 1.25,
        spaceBefore=7,
        spaceAfter=2,
        keepWithNext=1,
    )
    astyle = rl.ParagraphStyle(
        "area", parent=gstyle, textColor=colors.black, spaceBefore=10, spaceAfter=0
    )

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["body"], fontName=f"{font}-Bold", fontSize=13, leading=16
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=20, leading=25)
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontSize=13, leading=17, spaceAfter=4
        )
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 10),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(
                "Behandlad av socialnämnden 2026-09-24, § 112. Dnr SN 2026/0387", r.styles["meta"]
            ),
            rl.Spacer(1, 6),
        ]

    def legend(_b: Custom) -> list:
        parts = []
        for text, col in LEGEND:
            if col is None:
                parts.append(escape(text))
            else:
                parts.append(f'<font color="#{col.hexval()[2:]}"><b>{escape(text)}</b></font>')
        return [Paragraph("".join(parts), r.styles["body"])]

    def area(b: Custom) -> list:
        return [Paragraph(escape(b.data["title"]), astyle)]

    def goal(b: Custom) -> list:
        st = rl.ParagraphStyle(
            f"g_{b.data['status']}", parent=gstyle, textColor=COLOR[b.data["status"]]
        )
        return [KeepTogether([Paragraph(escape(b.data["title"]), st), r.para(b.data["analysis"])])]

    r.custom.update(masthead=masthead, legend=legend, area=area, goal=goal)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

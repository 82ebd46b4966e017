"""Kristinehamn, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2026 as the members
get it in the meeting portal: one PDF of an ärende (reportlab, Liberation Sans for the memo,
Carlito for the report). It opens with a two-page TJÄNSTESKRIVELSE written by the förvaltning —
"Kristinehamns kommun" / "Barn- och utbildningsförvaltningen", Datum 2026-09-21, Diarienummer
BUN 2026/214, Handläggare, "Förslag till beslut", "Sammanfattning", "Ärendebeskrivning" (which
speaks of last year's delårsrapport and årsredovisning, of the meetings in October 2026 and of the
budget for 2027), "Beslutsunderlag", "Beslutet skickas till" and a signature block — and only
then, from page 3, comes the attachment: the delårsrapport itself, with "Bilaga 1" stamped at
the top right of each of its pages, a title page of its own, five goals with a forecast each, a
KPI table over three years' January–August and a drift table.

The memo's date (2026-09-21), its diarienummer, the meeting dates in October and the budget year
2027 are not the report's period (januari–augusti 2026, ending 2026-08-31), and the memo's own
page numbers "1(2)" / "2(2)" are not the report's ("Sida 2 av 3"). The memo's text is part of
the document: it is in the expected text."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, PageBreak, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Kristinehamns kommun"
FORV = "Barn- och utbildningsförvaltningen"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
DATUM = "2026-09-21"
DNR = "BUN 2026/214"
HANDL = "Maria Ekström, controller"

BLUE = colors.HexColor("#00507A")
GREEN = colors.HexColor("#2E7D32")
AMBER = colors.HexColor("#B26A00")
RED = colors.HexColor("#B71C1C")
GREY = colors.HexColor("#4A4A4A")

STATUS_TEXT = {
    "expected_achieved": ("Målet bedöms uppnås.", GREEN),
    "partly": ("Målet bedöms delvis uppnås.", AMBER),
    "expected_not_achieved": ("Målet bedöms inte uppnås.", RED),
}

# ---------------------------------------------------------------- the memo (tjänsteskrivelse)

MEMO_TITLE = "Delårsrapport januari–augusti 2026 för barn- och utbildningsnämnden"
FORSLAG = (
    "Barn- och utbildningsnämnden godkänner delårsrapport januari–augusti 2026 och överlämnar "
    "den till kommunstyrelsen."
)
MEMO_SAMMANFATTNING = [
    "Barn- och utbildningsförvaltningen har upprättat nämndens delårsrapport för perioden "
    "januari–augusti 2026. Rapporten redovisar viktiga händelser, måluppfyllelse, nyckeltal och "
    "ekonomiskt utfall för perioden samt prognos för helåret.",
    "Av nämndens fem mål bedöms två uppnås, två delvis uppnås och ett inte uppnås under året. "
    "Närvaron i grundskolan fortsätter att minska och är det område där förvaltningen ser störst "
    "behov av åtgärder. Nämnden prognostiserar ett underskott om 5,7 mnkr för helåret, vilket "
    "motsvarar 0,7 procent av budgeten. Underskottet finns främst inom förskolan och grundskolan.",
]
MEMO_ARENDE = [
    "Enligt kommunens styrmodell ska nämnderna två gånger per år redovisa verksamhet, mål och "
    "ekonomi till kommunstyrelsen: i delårsrapporten per den 31 augusti och i årsredovisningen. "
    "Kommunstyrelsen behandlar delårsrapporterna den 13 oktober 2026 och kommunfullmäktige den "
    "29 oktober 2026. Ekonomiavdelningen sammanställer nämndernas rapporter till kommunens "
    "samlade delårsrapport.",
    "I delårsrapporten för januari–augusti 2025 bedömde nämnden att tre av fem mål skulle "
    "uppnås, och prognosen var då ett underskott om 3,2 mnkr. Årsredovisningen för 2025 "
    "(BUN 2026/12), som nämnden godkände den 18 februari 2026, visade sedan ett underskott om "
    "2,4 mnkr. Årets underskott beror på fler barn i förskolan än budgeterat och på ökade "
    "kostnader för tilläggsbelopp och skolskjuts i grundskolan och den anpassade skolan. "
    "Gymnasieskolan har lägre kostnader för interkommunala ersättningar än beräknat, vilket "
    "delvis väger upp.",
    "Förvaltningen arbetar parallellt med nämndens budget för 2027. Kommunfullmäktiges "
    "preliminära ram för 2027 är 781,4 mnkr, och förvaltningens förslag till budget 2027 och "
    "verksamhetsplan 2027–2029 läggs fram för nämnden den 26 oktober 2026. De åtgärder som "
    "beskrivs i delårsrapporten för att minska årets underskott har betydelse även för "
    "budgetarbetet inför 2027.",
    "Delårsrapporten har behandlats i förvaltningens samverkansgrupp den 17 september 2026.",
]
BESLUTSUNDERLAG = [
    f"Tjänsteskrivelse {DATUM}",
    f"Bilaga 1: {TITLE}, {COMMITTEE}",
]
SKICKAS = ["Kommunstyrelsen", "Ekonomiavdelningen", "Rektorer och förskolechefer för kännedom"]
SIGN = [("Anders Nyberg", "Barn- och utbildningschef"), ("Maria Ekström", "Controller")]

# ---------------------------------------------------------------- the report (Bilaga 1)

SAMMANFATTNING = (
    "Barn- och utbildningsnämnden redovisar här verksamhet, måluppfyllelse och ekonomi för "
    "perioden januari–augusti 2026. Fler elever i årskurs 9 var behöriga till gymnasieskolan i "
    "våras än året innan, och fler barn fick förskoleplats på önskat datum. Tryggheten i skolan "
    "har ökat och andelen legitimerade lärare fortsätter att stiga. Närvaron i grundskolan har "
    "däremot minskat för tredje året i rad. Prognosen för helåret är ett underskott om "
    "5 700 tkr."
)
HANDELSER = [
    "Den nya förskolan Kvarnberget med sex avdelningar öppnade i februari.",
    "Ett gemensamt arbetssätt för tidiga insatser vid frånvaro har tagits fram för alla "
    "grundskolor och införs från höstterminen.",
    "Skolinspektionen har granskat undervisningen på Djäkneskolan; beslutet kom i juni och "
    "innehöll två förelägganden som ska vara åtgärdade i december.",
    "Brogårdsgymnasiet startade el- och energiprogrammet i samarbete med det lokala näringslivet.",
]

# goal title, status, analysis
GOALS = [
    (
        "Fler elever ska vara behöriga till gymnasieskolan",
        "partly",
        "Andelen elever i årskurs 9 som var behöriga till yrkesprogram ökade till 85,9 procent i "
        "våras, men målvärdet på 88 procent nåddes inte. Lovskolan i juni gav ytterligare nio "
        "elever behörighet. Skillnaden mellan flickors och pojkars resultat har minskat.",
    ),
    (
        "Närvaron i grundskolan ska öka",
        "expected_not_achieved",
        "Den genomsnittliga närvaron var 91,4 procent under perioden och har minskat för tredje "
        "året i rad. Andelen elever med mer än 15 procents frånvaro ökade, främst i årskurs 7–9. "
        "Det nya arbetssättet för tidiga insatser väntas ge effekt först under 2027.",
    ),
    (
        "Alla barn ska erbjudas förskoleplats på önskat placeringsdatum",
        "partly",
        "Förskolan Kvarnberget har gett fler platser och 93 procent av barnen fick plats på "
        "önskat datum, jämfört med 88 procent året innan. I centrala Kristinehamn är väntetiden "
        "fortfarande längre än fyra veckor under våren.",
    ),
    (
        "Barn och elever ska känna sig trygga i förskola och skola",
        "expected_achieved",
        "Elevenkäten i mars visar att 91 procent av eleverna i årskurs 5 och 84 procent i "
        "årskurs 8 känner sig trygga i skolan. Antalet anmälningar om kränkande behandling är "
        "lägre än under samma period förra året.",
    ),
    (
        "Andelen legitimerade lärare ska öka",
        "expected_achieved",
        "Andelen legitimerade lärare i grundskolan har ökat till 81 procent. Tolv lärare går "
        "lärarutbildning på deltid med bibehållen lön, och två av dem tar examen i januari.",
    ),
]

# name, jan–aug 2024, jan–aug 2025, jan–aug 2026, target as printed, fmt
KPIS = [
    (
        "Andel elever i åk 9 behöriga till yrkesprogram (vårterminen)",
        84.2,
        82.7,
        85.9,
        "≥ 88,0 %",
        PCT1,
    ),
    ("Genomsnittlig närvaro i grundskolan", 92.8, 92.1, 91.4, "≥ 94,0 %", PCT1),
    ("Andel elever med frånvaro över 15 procent", 13.6, 14.9, 15.8, "≤ 10,0 %", PCT1),
    ("Andel barn som fått förskoleplats på önskat datum", 84, 88, 93, "≥ 95 %", PCT),
    ("Antal barn per årsarbetare i förskolan", 5.4, 5.3, 5.1, "≤ 5,2", DEC1),
    ("Antal anmälningar om kränkande behandling", 152, 171, 139, "–", N),
    ("Andel legitimerade lärare i grundskolan", 78, 79, 81, "≥ 85 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 7.4, 7.1, 6.6, "≤ 6,5 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug 2026, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 24_600, 15_890, 24_100),
    ("Förskola och pedagogisk omsorg", 168_400, 113_250, 171_200),
    ("Grundskola och fritidshem", 352_900, 236_480, 356_600),
    ("Anpassad grundskola och gymnasieskola", 31_200, 21_640, 33_100),
    ("Gymnasieskola", 148_700, 96_820, 146_900),
    ("Elevhälsa", 27_300, 17_760, 27_100),
    ("Kulturskolan", 9_800, 6_120, 9_600),
]
DRIFT_NOTE = "Avvikelse = budget minus prognos. Ett negativt belopp är ett underskott."


def memo_head_words() -> str:
    return "\n".join(
        [
            MUNI,
            FORV,
            "TJÄNSTESKRIVELSE",
            "Datum\tDiarienummer",
            f"{DATUM}\t{DNR}",
            "Handläggare",
            HANDL,
            COMMITTEE,
        ]
    )


def kpi_table() -> Table:
    rows = [Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Jan–aug 2024",), year="2024"),
            Col(("Jan–aug 2025",), year="2025"),
            Col(("Jan–aug 2026",), year="2026"),
            Col(("Mål 2026",)),
        ],
        rows=rows,
        kind="kpi",
        label_width=3.9,
        caption="Tabell 1. Nyckeltal, utfall januari–augusti",
        note="Behörigheten avser vårterminens slutbetyg. Frånvaron och anmälningarna avser "
        "perioden januari–augusti varje år.",
    )


def build() -> Doc:
    d = Doc(
        stem="kristinehamn-barn-och-utbildningsnamnden-delarsrapport-2026-08",
        municipality="Kristinehamn",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, delårsrapport januari–augusti 2026 as one ärende "
        "from the meeting portal: a two-page tjänsteskrivelse (Liberation Sans) with the report "
        "as its attachment (reportlab, Carlito)",
        hard="the PDF opens with the förvaltning's memo, not the report: two pages headed "
        '"Kristinehamns kommun" / "Barn- och utbildningsförvaltningen" / "TJÄNSTESKRIVELSE" '
        "with the fields Datum 2026-09-21, Diarienummer BUN 2026/214 and Handläggare, its own "
        'page numbers "1(2)" / "2(2)" and the headings "Förslag till beslut" ("… godkänner '
        'delårsrapport januari–augusti 2026 och överlämnar den till kommunstyrelsen"), '
        '"Sammanfattning", "Ärendebeskrivning" (last year\'s delårsrapport and årsredovisning '
        "(BUN 2026/12), the meetings on 13, 26 and 29 October 2026 and the budget for 2027 with "
        'its ram 781,4 mnkr and "verksamhetsplan 2027–2029"), "Beslutsunderlag", "Beslutet '
        'skickas till" and a signature block; only from page 3 comes the attachment, "Bilaga 1" '
        "stamped at the top right of each of its pages: a title page of its own, then five goals "
        'as headings each with "Bedömning: Målet bedöms (delvis / inte) uppnås." in colour, a '
        "KPI table Jan–aug 2024 | Jan–aug 2025 | Jan–aug 2026 | Mål 2026 (one target a dash) "
        "and a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget "
        'minus prognosis) with a Summa row, under a running header and "Sida n av 3" of its '
        "own; none of the memo's dates, its diarienummer or 2027 is the report's period; the "
        'municipality as "Kristinehamns kommun" in the memo\'s head and on the title page',
    )
    # -- the memo
    d.add(Custom("section", {"name": "memo"}))
    d.add(Custom("memohead", {}, words=memo_head_words()))
    d.add(Custom("memotitle", {}, words=MEMO_TITLE))
    d.add(Custom("mh", {"t": "Förslag till beslut"}, words="Förslag till beslut"))
    d.p(FORSLAG)
    d.add(Custom("mh", {"t": "Sammanfattning"}, words="Sammanfattning"))
    for para in MEMO_SAMMANFATTNING:
        d.p(para)
    d.add(Custom("mh", {"t": "Ärendebeskrivning"}, words="Ärendebeskrivning"))
    for para in MEMO_ARENDE:
        d.p(para)
    d.add(Custom("mh", {"t": "Beslutsunderlag"}, words="Beslutsunderlag"))
    d.add(Custom("lines", {"lines": BESLUTSUNDERLAG}, words="\n".join(BESLUTSUNDERLAG)))
    d.add(Custom("mh", {"t": "Beslutet skickas till"}, words="Beslutet skickas till"))
    d.add(Custom("lines", {"lines": SKICKAS}, words="\n".join(SKICKAS)))
    d.add(
        Custom(
            "sign",
            {},
            words=f"{FORV}\n"
            + "\t".join(n for n, _t in SIGN)
            + "\n"
            + "\t".join(t for _n, t in SIGN),
        )
    )
    # -- the attachment
    d.add(Custom("section", {"name": "att"}))
    d.add(Custom("cover", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
    d.h(1, "Sammanfattning", "1")
    d.p(SAMMANFATTNING)
    d.h(1, "Viktiga händelser under perioden", "2")
    d.bullets(*HANDELSER)
    d.h(1, "Mål och måluppfyllelse", "3")
    d.p(
        "Nämnden har fem mål för 2026. Bedömningen är en prognos för måluppfyllelsen vid årets "
        "slut och bygger på nyckeltalen i tabell 1 och på verksamheternas egna uppföljningar."
    )
    for i, (title, status, analysis) in enumerate(GOALS, 1):
        d.goal(title, status)
        word = STATUS_TEXT[status][0]
        d.add(
            Custom(
                "goal",
                {"num": f"3.{i}", "title": title, "status": status, "analysis": analysis},
                words=f"3.{i} {title}\nBedömning: {word}\n\n{analysis}",
            )
        )
    d.h(1, "Nyckeltal", "4")
    d.table(kpi_table())
    d.h(1, "Ekonomi", "5")
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    dev = tot[0] - tot[2]
    assert dev == -5_700, dev
    assert round(-dev / tot[0] * 100, 1) == 0.7, dev / tot[0]
    d.p(
        "Utfallet för perioden är 507 960 tkr, vilket är 66,6 procent av årsbudgeten. Prognosen "
        "för helåret är ett underskott om 5 700 tkr. Förskolan har i genomsnitt 46 fler barn än "
        "budgeterat, och grundskolan och den anpassade skolan har ökade kostnader för "
        "tilläggsbelopp och skolskjuts. Gymnasieskolan visar ett överskott, främst genom lägre "
        "kostnader för interkommunala ersättningar."
    )
    assert tot[1] == 507_960 and round(tot[1] / tot[0] * 100, 1) == 66.6, tot
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    rows.append(Row("Summa", [*tot, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note=DRIFT_NOTE,
            label_width=3.3,
        )
    )
    d.p(
        "För att minska underskottet har nämnden beslutat om en översyn av skolskjutsarna och "
        "om att vakanta tjänster inom administrationen inte tillsätts under hösten. Åtgärderna "
        "beräknas minska kostnaderna med omkring 1,5 mnkr under 2026."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.0 * rl.cm)
    font = "Carlito"
    mfont = "LiberationSans"
    o = {
        "font": font,
        "size": 10.5,
        "leading": 13.6,
        "hcolor": BLUE,
        "h_sizes": {1: 13.5, 2: 11.5, 3: 11},
        "table_size": 9.3,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EDF3"),
        "margins": margins,
        "para_space": 4,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins
    right = A4[0] - rgt

    # memo styles (Liberation Sans, as the förvaltning's Word template)
    mbody = rl.ParagraphStyle(
        "mb", parent=r.styles["body"], fontName=mfont, fontSize=10.5, leading=14.5, spaceAfter=7
    )
    mh = rl.ParagraphStyle(
        "mh",
        parent=mbody,
        fontName=f"{mfont}-Bold",
        fontSize=11.5,
        leading=14,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    )
    mtitle = rl.ParagraphStyle(
        "mt",
        parent=mbody,
        fontName=f"{mfont}-Bold",
        fontSize=14,
        leading=18,
        spaceBefore=14,
        spaceAfter=8,
    )
    msmall = rl.ParagraphStyle(
        "ms", parent=mbody, fontSize=8, leading=10, spaceAfter=0, textColor=GREY
    )
    mval = rl.ParagraphStyle("mv", parent=mbody, fontSize=10, leading=12, spaceAfter=0)
    section = {"name": "memo"}

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        pages_list = c._pages  # every page's flags: where the attachment starts
        att0 = next(i for i, p in enumerate(pages_list, 1) if p["flags"].get("att_start"))
        memo_pages = att0 - 1
        c.saveState()
        if page < att0:  # the memo
            top = A4[1] - 1.3 * rl.cm
            if page == 1:
                c.setFont(mfont, 9)
                c.setFillColor(colors.black)
                c.drawRightString(right, top, f"{page}({memo_pages})")
                # the first page's footer: the kommun's address line
                fy = bottom - 1.2 * rl.cm
                c.setStrokeColor(colors.HexColor("#9A9A9A"))
                c.setLineWidth(0.5)
                c.line(lft, fy + 10, right, fy + 10)
                c.setFont(mfont, 7)
                c.setFillColor(GREY)
                c.drawString(
                    lft,
                    fy,
                    "Postadress 681 84 Kristinehamn   Besöksadress Kungsgatan 30   "
                    "Telefon 0550-880 00   kommunen@kristinehamn.se   www.kristinehamn.se",
                )
            else:
                c.setFont(f"{mfont}-Bold", 9)
                c.setFillColor(BLUE)
                c.drawString(lft, top, MUNI)
                c.setFont(mfont, 8.5)
                c.setFillColor(colors.black)
                c.drawString(lft + 0.52 * (right - lft), top, "TJÄNSTESKRIVELSE")
                c.drawRightString(right, top, f"{page}({memo_pages})")
                c.setFont(mfont, 8)
                c.setFillColor(GREY)
                c.drawString(lft + 0.52 * (right - lft), top - 11, f"{DATUM}    {DNR}")
        else:  # the attachment: the portal's stamp on every page
            c.setFillColor(colors.white)
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.7)
            bw, bh = 2.2 * rl.cm, 0.7 * rl.cm
            bx, by = right - bw, A4[1] - 0.55 * rl.cm - bh
            c.rect(bx, by, bw, bh, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont(f"{mfont}-Bold", 10)
            c.drawCentredString(bx + bw / 2, by + 0.22 * rl.cm, "Bilaga 1")
            n = page - memo_pages
            if n > 1:  # the report's own header and footer
                y = A4[1] - 1.75 * rl.cm
                c.setFont(f"{font}-Bold", 9)
                c.setFillColor(BLUE)
                c.drawString(lft, y, MUNI)
                c.setFont(font, 9)
                c.setFillColor(GREY)
                c.drawRightString(right - bw - 0.4 * rl.cm, y, f"{TITLE} · {COMMITTEE}")
                c.setStrokeColor(BLUE)
                c.setLineWidth(0.6)
                c.line(lft, y - 5, right, y - 5)
                fy = bottom - 1.1 * rl.cm
                c.setFont(font, 8.5)
                c.drawString(lft, fy, COMMITTEE)
                c.drawRightString(right, fy, f"Sida {n} av {pages - memo_pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def sect(b: Custom) -> list:
        section["name"] = b.data["name"]
        if b.data["name"] == "att":
            return [PageBreak(), rl.Marker(att_start=True)]
        return []

    def memohead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "lg",
            parent=mbody,
            fontName=f"{mfont}-Bold",
            fontSize=15,
            leading=18,
            textColor=BLUE,
            spaceAfter=0,
        )
        forv = rl.ParagraphStyle("fv", parent=mbody, fontSize=9.5, leading=12, spaceAfter=0)
        kind = rl.ParagraphStyle(
            "kd", parent=mbody, fontName=f"{mfont}-Bold", fontSize=11, leading=13, spaceAfter=0
        )
        left = [Paragraph(MUNI, logo), Paragraph(FORV, forv)]
        right_cell = [Paragraph("TJÄNSTESKRIVELSE", kind)]
        fields = rl.RLTable(
            [
                [Paragraph("Datum", msmall), Paragraph("Diarienummer", msmall)],
                [Paragraph(DATUM, mval), Paragraph(DNR, mval)],
            ],
            colWidths=[0.17 * W, 0.25 * W],
            style=rl.TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
            hAlign="LEFT",
        )
        head = rl.RLTable(
            [[left, right_cell], ["", fields]],
            colWidths=[0.54 * W, 0.46 * W],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 6),
                ]
            ),
            hAlign="LEFT",
        )
        hand = rl.RLTable(
            [
                [Paragraph("Handläggare", msmall), ""],
                [Paragraph(HANDL, mval), Paragraph(COMMITTEE, mval)],
            ],
            colWidths=[0.54 * W, 0.46 * W],
            style=rl.TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
            hAlign="LEFT",
        )
        return [head, rl.Spacer(1, 16), hand, rl.Spacer(1, 6)]

    def memotitle(_b: Custom) -> list:
        return [Paragraph(escape(MEMO_TITLE), mtitle)]

    def mhead(b: Custom) -> list:
        return [Paragraph(escape(b.data["t"]), mh)]

    def lines(b: Custom) -> list:
        st = rl.ParagraphStyle("ln", parent=mbody, spaceAfter=1)
        out = [Paragraph(escape(s), st) for s in b.data["lines"]]
        return out + [rl.Spacer(1, 5)]

    def sign(_b: Custom) -> list:
        name = rl.ParagraphStyle("sn", parent=mbody, spaceAfter=0)
        tit = rl.ParagraphStyle("st", parent=mbody, spaceAfter=0, textColor=GREY)
        tbl = rl.RLTable(
            [
                [Paragraph(n, name) for n, _t in SIGN],
                [Paragraph(t, tit) for _n, t in SIGN],
            ],
            colWidths=[0.5 * W, 0.5 * W],
            style=rl.TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            hAlign="LEFT",
        )
        return [KeepTogether([rl.Spacer(1, 10), Paragraph(FORV, mbody), rl.Spacer(1, 18), tbl])]

    def cover(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "cl",
            parent=r.styles["body"],
            fontName=f"{font}-Bold",
            fontSize=16,
            leading=20,
            textColor=BLUE,
        )
        big = rl.ParagraphStyle(
            "cb",
            parent=r.styles["title"],
            fontName=f"{font}-Bold",
            fontSize=30,
            leading=36,
            textColor=BLUE,
        )
        sub = rl.ParagraphStyle(
            "cs", parent=r.styles["subtitle"], fontName=font, fontSize=18, leading=23
        )

        class Band(rl.Flowable):
            def wrap(self, aw: float, ah: float) -> tuple[float, float]:
                self.aw = aw
                return aw, 10

            def draw(self) -> None:
                self.canv.setFillColor(BLUE)
                self.canv.rect(0, 0, self.aw * 0.35, 6, stroke=0, fill=1)

        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 6.5 * rl.cm),
            Band(),
            rl.Spacer(1, 10),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            PageBreak(),
        ]

    gh = rl.ParagraphStyle(
        "gh",
        parent=r.styles["h3"],
        fontName=f"{font}-Bold",
        fontSize=11,
        leading=14,
        textColor=colors.black,
        spaceBefore=6,
        spaceAfter=1,
    )

    def goal(b: Custom) -> list:
        word, col = STATUS_TEXT[b.data["status"]]
        st = rl.ParagraphStyle("gs", parent=r.styles["body"], spaceAfter=2)
        return [
            KeepTogether(
                [
                    Paragraph(escape(f"{b.data['num']} {b.data['title']}"), gh),
                    Paragraph(
                        f'<b>Bedömning:</b> <font color="#{col.hexval()[2:]}">'
                        f"<b>{escape(word)}</b></font>",
                        st,
                    ),
                    r.para(b.data["analysis"]),
                ]
            )
        ]

    def memo_para_factory(p):  # the memo's paragraphs in the memo font
        if section["name"] == "memo":
            return Paragraph(escape(p.body), mbody)
        return r.para(p.body, p.style or "body")

    r.paragraph_factory = memo_para_factory
    r.custom.update(
        section=sect,
        memohead=memohead,
        memotitle=memotitle,
        mh=mhead,
        lines=lines,
        sign=sign,
        cover=cover,
        goal=goal,
    )
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

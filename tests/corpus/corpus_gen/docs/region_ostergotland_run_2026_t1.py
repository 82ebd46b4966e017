"""Region Östergötland, Regionala utvecklingsnämnden, tertialrapport 1 2026 (reportlab), with an
indicator table on a landscape page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

GREEN_DARK = colors.HexColor("#00594C")
MNKR = NumFmt(dec=1, thou="\u00a0")  # "1 234,5" with a no-break space, as Excel exports print it


def build() -> Doc:
    d = Doc(
        stem="region-ostergotland-regionala-utvecklingsnamnden-tertialrapport-1-2026",
        municipality="Region Östergötland",
        committee="Regionala utvecklingsnämnden",
        report_type="interim",
        year=2026,
        end="2026-04-30",
        title="Tertialrapport 1 2026",
        engine="reportlab",
        what="a region's nämnd: Regionala utvecklingsnämnden, tertialrapport 1 2026 (januari–april); "
        "reportlab, one landscape page",
        hard='a region, not a municipality; the period only as "Tertialrapport 1" and "januari–april"; '
        'page numbers printed as "– 2 –"; goals are numbered headings ("3.1.2 …") assessed in a '
        'sentence of their text ("Bedömningen är att målet delvis kommer att nås"); an indicator table '
        'on a landscape page with the years as columns, a "T1 2026" column, targets such as "≥ 95 %" '
        'and "≤ 10 %", and footnote marks on the names ("Andel … nöjda¹"); the income statement in '
        "mnkr with one decimal and no-break spaces as thousands separators",
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Tertialrapport 1 2026\nRegionala utvecklingsnämnden\nRegion Östergötland\n"
            "Diarienummer RUN 2026-118",
        )
    )
    d.add(PageBreak())
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Regionala utvecklingsnämnden redovisar för januari–april 2026 ett resultat om 14,2 mnkr, "
        "vilket är 6,1 mnkr bättre än för samma period föregående år. Nämnden prognostiserar ett "
        "underskott om 9,8 mnkr för helåret. Underskottet beror på högre kostnader för "
        "kollektivtrafiken, där index för drivmedel och personal har ökat mer än vad som antogs i "
        "budgeten, och på lägre biljettintäkter under vintern."
    )
    d.p(
        "Av nämndens tre strategiska mål bedöms ett nås, ett delvis nås och ett inte nås under året. "
        "Resandet med kollektivtrafiken har ökat med 3 procent jämfört med första tertialet 2025."
    )
    d.h(1, "Händelser under perioden", "2")
    d.bullets(
        "Nya stomlinjer mellan Norrköping och Linköping infördes den 1 februari.",
        "Regionen beviljade 12 mnkr i projektmedel till landsbygdsutveckling.",
        "Avtalet om regional kulturverksamhet med staten förlängdes till och med 2028.",
    )
    d.h(1, "Mål och uppdrag", "3")
    d.p(
        "Nämndens verksamhetsplan har tre strategiska mål som bidrar till regionfullmäktiges mål om "
        "en attraktiv och hållbar region. Bedömningen görs för helåret."
    )
    d.h(2, "Strategiska mål", "3.1")
    goals = [
        (
            "3.1.1",
            "Resandet med kollektivtrafik ska öka",
            "expected_achieved",
            "Resandet under januari–april ökade med 3 procent jämfört med samma period 2025, och "
            "andelen resenärer som är nöjda med sin senaste resa är 81 procent. Bedömningen är att "
            "målet kommer att nås under året.",
        ),
        (
            "3.1.2",
            "Fler företag ska starta och växa i hela länet",
            "partly",
            "Antalet nystartade företag per 1 000 invånare ligger kvar på samma nivå som 2025. "
            "Insatserna för landsbygdens företag har kommit igång, men effekten syns ännu inte. "
            "Bedömningen är att målet delvis kommer att nås.",
        ),
        (
            "3.1.3",
            "Kulturlivet ska vara tillgängligt för alla invånare",
            "expected_not_achieved",
            "Antalet kulturarrangemang för barn och unga i länets mindre kommuner har minskat efter "
            "att två institutioner har dragit ned på sin turnéverksamhet. Målet bedöms inte kunna "
            "nås under 2026.",
        ),
    ]
    for num, title, status, text in goals:
        d.h(3, title, num)
        d.p(text)
        d.goal(title, status)
    d.p("Indikatorerna för målen redovisas i bilaga 1.")
    d.h(1, "Ekonomi", "4")
    d.h(2, "Resultaträkning", "4.1")
    rows = [
        ("Biljettintäkter", 196.4, 188.2, 612.0, 606.0),
        ("Övriga intäkter", 41.8, 39.5, 118.0, 119.2),
        ("Trafikkostnader", -548.3, -525.9, -1_652.0, -1_657.6),
        ("Personalkostnader", -38.2, -36.9, -116.5, -115.8),
        ("Bidrag och projektmedel", -61.7, -58.8, -190.0, -190.0),
        ("Övriga kostnader", -28.6, -30.1, -88.5, -88.6),
    ]
    irs = [Row(n, [a, b, c, p, round(p - c, 1)]) for n, a, b, c, p in rows]
    sums = [round(sum(r[i] for r in rows), 1) for i in (1, 2, 3, 4)]
    rb = 1_317.0
    irs.append(Row("Verksamhetens nettokostnad", [*sums, round(sums[3] - sums[2], 1)], total=True))
    irs.append(Row("Regionbidrag", [452.8, 432.1, rb, rb, 0.0]))
    res = [round(sums[0] + 452.8, 1), round(sums[1] + 432.1, 1), round(sums[2] + rb, 1)]
    res.append(round(sums[3] + rb, 1))
    irs.append(Row("Resultat", [*res, round(res[3] - res[2], 1)], total=True))
    assert res[0] == 14.2 and res[1] == 8.1, res
    assert res[2] == 0.0 and res[3] == -9.8, res
    d.table(
        Table(
            label_head=("Mnkr",),
            cols=[
                Col(("Utfall", "jan–apr 2026")),
                Col(("Utfall", "jan–apr 2025")),
                Col(("Budget", "2026")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse", "prognos–budget"), width=1.45),
            ],
            rows=irs,
            kind="is",
            caption="Tabell 1. Resultaträkning Regionala utvecklingsnämnden",
            fmt=MNKR,
            label_width=2.6,
        )
    )
    d.p(
        "Trafikkostnaderna bedöms bli 5,6 mnkr högre än budget. Biljettintäkterna bedöms bli 6,0 "
        "mnkr lägre än budget, främst på grund av att färre sålde periodkort under januari och "
        "februari."
    )
    d.h(2, "Investeringar", "4.2")
    d.p(
        "Investeringarna under perioden uppgår till 22,6 mnkr och avser främst biljettsystem och "
        "hållplatser. Hela investeringsbudgeten om 95,0 mnkr bedöms användas."
    )
    d.add(Custom("landscape", {}))
    pct = NumFmt(suffix=" %")
    t = Table(
        label_head=("Indikator",),
        cols=[
            Col(("2022",), year="2022"),
            Col(("2023",), year="2023"),
            Col(("2024",), year="2024"),
            Col(("2025",), year="2025"),
            Col(("T1 2026",), year="2026"),
            Col(("Målvärde", "2026")),
        ],
        rows=[
            Row(
                "Antal resor med kollektivtrafik, miljoner",
                [38.1, 40.6, 41.9, 42.7, 14.3, Raw("≥ 44,0")],
                fmt=NumFmt(dec=1),
            ),
            Row(
                "Andel resenärer nöjda med senaste resan¹",
                [78, 79, 80, 80, 81, Raw("≥ 80 %")],
                fmt=pct,
            ),
            Row("Andel avgångar i tid", [91, 92, 93, 92, 94, Raw("≥ 95 %")], fmt=pct),
            Row(
                "Andel inställda avgångar",
                [2.8, 2.1, 1.6, 1.9, 1.2, Raw("≤ 1,5 %")],
                fmt=NumFmt(dec=1, suffix=" %"),
            ),
            Row(
                "Nystartade företag per 1 000 invånare²",
                [8.9, 8.4, 8.6, 8.7, None, Raw("≥ 9,0")],
                fmt=NumFmt(dec=1),
            ),
            Row(
                "Andel av länets kommuner med kulturarrangemang för barn³",
                [100, 92, 92, 85, 69, Raw("100 %")],
                fmt=pct,
            ),
            Row(
                "Andel unga 16–24 år som varken arbetar eller studerar",
                [9.4, 9.8, 10.4, 10.1, None, Raw("≤ 10 %")],
                fmt=NumFmt(dec=1, suffix=" %"),
            ),
        ],
        kind="kpi",
        caption="Bilaga 1. Indikatorer för nämndens mål",
        label_width=4.2,
        note="¹ Kollektivtrafikbarometern, helår; T1 avser januari–april.  ² Bolagsverket, "
        "helårsvärde, 2026 redovisas i årsrapporten.  ³ Sex av länets tretton kommuner hade minst "
        "ett arrangemang under januari–april.",
    )
    d.add(Custom("wide_table", {"table": t}, words=t.text()))
    d.add(Custom("portrait", {}))
    d.h(1, "Förslag till beslut", "5")
    d.p(
        "Regionala utvecklingsnämnden godkänner tertialrapport 1 2026 och överlämnar den till "
        "regionstyrelsen."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": GREEN_DARK,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "table_size": 8.8,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#DDEBE8"),
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 200),
            r.para("Tertialrapport 1 2026", "title"),
            r.para("Regionala utvecklingsnämnden", "subtitle"),
            rl.Spacer(1, 120),
            r.para("Region Östergötland", "subtitle"),
            r.para("Diarienummer RUN 2026-118", "meta"),
        ]

    def to_landscape(_b: Custom) -> list:
        return [NextPageTemplate("land"), rl.PageBreak()]

    def to_portrait(_b: Custom) -> list:
        return [NextPageTemplate("normal"), rl.PageBreak()]

    def wide_table(b: Custom) -> list:
        return r.table(b.data["table"], width=landscape(A4)[0] - 4 * rl.cm)

    r.custom.update(
        cover=cover, landscape=to_landscape, portrait=to_portrait, wide_table=wide_table
    )
    story = r.flowables(doc.blocks)
    t, b, lft, rt = o["margins"]

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        if flags.get("plain"):
            return
        w, h = c._pagesize
        c.setFont("LiberationSans", 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawString(lft, h - 1.4 * rl.cm, "Region Östergötland")
        c.drawRightString(w - rt, h - 1.4 * rl.cm, "Tertialrapport 1 2026")
        c.drawCentredString(w / 2, 1.2 * rl.cm, f"– {page} –")

    class Tmpl(BaseDocTemplate):
        pass

    path = out / f"{doc.stem}.pdf"
    d = Tmpl(
        str(path),
        pagesize=A4,
        title="Tertialrapport 1 2026",
        author="",
        creator="",
        producer="ReportLab PDF Library - www.reportlab.com",
        invariant=1,
        subject="",
    )
    lw, lh = landscape(A4)
    d.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=r.frames(1),
                onPage=lambda c, _d: c.page_flags.update(plain=True),
            ),
            PageTemplate(id="normal", frames=r.frames(1)),
            PageTemplate(
                id="land",
                frames=[Frame(2 * rl.cm, 2.0 * rl.cm, lw - 4 * rl.cm, lh - 4.2 * rl.cm, id="l")],
                pagesize=landscape(A4),
            ),
        ]
    )
    d.build([NextPageTemplate("normal"), *story], canvasmaker=rl.furniture_canvas(furniture))
    return path

"""Norrtälje, Kultur- och fritidsnämnden, årsredovisning 2025 (reportlab, drawn page by page):
a portrait report with two landscape appendix pages made in the two ways a PDF can hold them.
Page 3 is a portrait A4 media box with /Rotate 90, its text drawn turned a quarter on the media
box so that it reads upright when the page is shown rotated; page 4 has a landscape media box
(842 × 595 pt) and no /Rotate. The KPI table over five years with a Målvärde column is on the
rotated page, the drift table per verksamhet on the landscape one."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, P, PageBreak, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
BLUE = colors.HexColor("#1F4E79")
HEAD_BG = colors.HexColor("#DCE6F0")
FOOTER = "Norrtälje kommun · Årsredovisning 2025 · Sida {page}"

WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

GOALS = [
    (
        "Fler barn och unga ska delta i kultur- och fritidsaktiviteter",
        "partly",
        "Antalet deltagartillfällen i föreningsidrotten för 7–20 år ökade till 361 000 och "
        "ligger över målvärdet. Andelen unga som besöker en fritidsgård minst en gång i månaden "
        "ökade till 22 procent men når inte målvärdet 25 procent. Nämnden bedömer därför målet "
        "som delvis uppfyllt.",
    ),
    (
        "Biblioteken ska vara en mötesplats för läsning och lärande i hela kommunen",
        "achieved",
        "Besöken på folkbiblioteken ökade för fjärde året i rad, till 417 000, och utlånen per "
        "invånare ökade till 4,8. Meröppet infördes på biblioteken i Hallstavik och Rimbo, "
        "vilket gav längre öppettider utan ökade personalkostnader.",
    ),
    (
        "Kulturskolan ska nå barn i alla kommundelar",
        "not_achieved",
        "Andelen barn 7–15 år som deltar i kulturskolans verksamhet minskade till 13,9 procent, "
        "långt under målvärdet 16,0 procent. Kulturskolan har haft svårt att rekrytera lärare "
        "till undervisningen i Norrtäljes norra kommundelar, och två kurser i Grisslehamn "
        "ställdes in under hösten.",
    ),
    (
        "Idrotts- och fritidsanläggningarna ska vara tillgängliga och hållbara",
        "partly",
        "Energianvändningen i idrottsanläggningarna minskade till 159 kWh per kvadratmeter "
        "efter bytet av belysning i Norrtälje sporthall. Simhallen var stängd i sju veckor för "
        "reparation av bassängen, och tillgängligheten för skolornas simundervisning blev sämre "
        "än planerat.",
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva verksamhet",
        "achieved",
        "Andelen föreningar som är nöjda med nämndens stöd ökade till 85,1 procent. Nämnden har "
        "förenklat ansökan om aktivitetsbidrag och betalat ut bidragen inom fyra veckor.",
    ),
]

# name, 2021–2025 (None: no value that year), target as printed, format
KPIS = [
    ("Antal besök på folkbiblioteken, tusental", [312, 358, 389, 402, 417], "≥ 400", N),
    ("Antal utlån per invånare", [4.1, 4.3, 4.4, 4.6, 4.8], "≥ 4,5", DEC1),
    (
        "Andel barn 7–15 år i kulturskolans verksamhet",
        [14.2, 14.8, 15.1, 14.6, 13.9],
        "≥ 16,0 %",
        PCT1,
    ),
    (
        "Deltagartillfällen i föreningsidrott 7–20 år, tusental",
        [298, 331, 344, 352, 361],
        "≥ 350",
        N,
    ),
    (
        "Andel unga 13–19 år som besöker fritidsgård minst en gång i månaden",
        [None, 18, 19, 21, 22],
        "≥ 25 %",
        PCT,
    ),
    (
        "Energianvändning i idrottsanläggningar, kWh per m² och år",
        [182, 176, 171, 168, 159],
        "≤ 160",
        N,
    ),
    (
        "Andel föreningar nöjda med nämndens stöd",
        [78.5, 80.2, 81.0, 83.4, 85.1],
        "≥ 80,0 %",
        PCT1,
    ),
]

# verksamhet, budget 2025, utfall 2025, utfall 2024 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltning", 12_450, 12_180, 11_920),
    ("Bibliotek", 48_300, 47_650, 46_210),
    ("Kulturskola", 31_200, 32_480, 30_540),
    ("Fritidsgårdar och ungdomsverksamhet", 27_900, 27_310, 26_880),
    ("Idrottsanläggningar och bad", 86_400, 89_120, 84_050),
    ("Allmänkultur och föreningsbidrag", 22_750, 22_410, 21_960),
]


def kpi_table() -> Table:
    years = ["2021", "2022", "2023", "2024", "2025"]
    rows = []
    for name, vals, target, f in KPIS:
        cells: list = [Raw("–") if v is None else v for v in vals]
        rows.append(Row(name, [*cells, Raw(target)], fmt=f))
    return Table(
        label_head=("Nyckeltal",),
        cols=[Col((y,), year=y) for y in years] + [Col(("Målvärde 2025",), width=1.3)],
        rows=rows,
        kind="kpi",
        caption="Nyckeltal 2021–2025",
        note="Källa: Kolada och nämndens egen statistik. – = uppgift saknas (mättes inte 2021).",
        label_width=4.6,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, b - u, u24]) for n, b, u, u24 in DRIFT]
    tb, tu, t24 = (sum(r[i] for r in DRIFT) for i in (1, 2, 3))
    rows.append(Row("Totalt", [tb, tu, tb - tu, t24], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget 2025",)),
            Col(("Utfall 2025",)),
            Col(("Avvikelse",)),
            Col(("Utfall 2024",)),
        ],
        rows=rows,
        kind="unit",
        caption="Driftredovisning per verksamhet (tkr)",
        note="Avvikelse = budget minus utfall.",
        label_width=3.2,
    )


def build() -> Doc:
    d = Doc(
        stem="norrtalje-kultur-och-fritidsnamnden-arsredovisning-2025",
        municipality="Norrtälje",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Kultur- och fritidsnämnden, årsredovisning 2025 (reportlab, Liberation Sans), "
        "portrait with two landscape appendix pages",
        hard="landscape pages inside a portrait report, made the two ways a PDF can: page 3 is a "
        "portrait A4 media box with /Rotate 90 and its text drawn turned a quarter (it reads "
        "upright only when the page is shown rotated), page 4 a landscape media box (842 × 595) "
        'without /Rotate; the KPI table "Nyckeltal 2021–2025" (five year columns and a '
        '"Målvärde 2025" column of targets such as "≥ 16,0 %", decimal commas, one "–" for a '
        "year not measured) is on the rotated page, the drift table per verksamhet (Budget "
        "2025 | Utfall 2025 | Avvikelse | Utfall 2024, a Totalt row) on the landscape one; "
        'goals are numbered headings "Mål 1. …" each followed by "Bedömning: Uppfyllt / '
        'Delvis uppfyllt / Ej uppfyllt"; the footer "Norrtälje kommun · Årsredovisning 2025 · '
        'Sida n" on every page, also the turned one',
    )
    tb = sum(r[1] for r in DRIFT)
    tu = sum(r[2] for r in DRIFT)
    assert (tb, tu, tb - tu) == (229_000, 231_150, -2_150), (tb, tu)
    assert sum(r[3] for r in DRIFT) == 221_560
    d.add(
        Custom(
            "cover",
            {},
            words="Norrtälje kommun\nKultur- och fritidsnämnden\nÅrsredovisning 2025\n"
            "Dnr KFN 2026/14 · Beslutad av nämnden 2026-02-19",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Kultur- och fritidsnämnden redovisar för 2025 ett underskott om 2 150 tkr mot en "
        "budgetram om 229 000 tkr. Underskottet beror på idrottsanläggningar och bad (−2 720 "
        "tkr), där reparationen av simhallen och högre energipriser under vintern kostade mer än "
        "beräknat, och på kulturskolan (−1 280 tkr). Övriga verksamheter redovisar sammantaget "
        "ett överskott om 1 850 tkr."
    )
    d.p(
        "Av nämndens fem mål är två uppfyllda, två delvis uppfyllda och ett inte uppfyllt. "
        "Biblioteken och föreningslivet har utvecklats väl, medan kulturskolan når färre barn än "
        "tidigare år. Nyckeltalen redovisas i bilaga 1 och driftredovisningen i bilaga 2."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fem mål för mandatperioden, beslutade i verksamhetsplanen för 2025. Varje "
        "mål bedöms på en tregradig skala: uppfyllt, delvis uppfyllt eller ej uppfyllt."
    )
    n = {s: sum(1 for g in GOALS if g[1] == s) for s in WORDS}
    assert n == {"achieved": 2, "partly": 2, "not_achieved": 1}, n
    for i, (title, status, text) in enumerate(GOALS, 1):
        if i == 3:
            d.page_break()
        d.h(2, title, f"Mål {i}.")
        d.add(P(f"Bedömning: {WORDS[status]}", "status"))
        d.p(text)
        d.goal(title, status)
    d.h(1, "Ekonomi")
    d.p(
        "Nettokostnaden för 2025 blev 231 150 tkr, vilket är 9 590 tkr eller 4,3 procent mer "
        "än 2024. Budgeten för året var 229 000 tkr. Den största avvikelsen finns inom "
        "idrottsanläggningar och bad, där utfallet blev 89 120 tkr mot budgeterade 86 400 tkr. "
        "Kulturskolans underskott beror på kostnader för inhyrda lärare. Driftredovisningen per "
        "verksamhet finns i bilaga 2."
    )
    d.add(Custom("rotated_page", {}))
    d.h(1, "Bilaga 1. Nyckeltal")
    d.table(kpi_table())
    d.add(Custom("landscape_page", {}))
    d.h(1, "Bilaga 2. Driftredovisning")
    d.table(drift_table())
    d.add(Custom("portrait_page", {}))
    d.h(1, "Framtid")
    d.p(
        "Befolkningen i Norrtälje kommun fortsätter att växa, särskilt i Rimbo och i de södra "
        "kommundelarna. Nämnden behöver planera för fler platser i kulturskolan och för en ny "
        "sporthall i Rimbo, som enligt investeringsplanen ska stå klar 2028."
    )
    d.p(
        "Kulturskolan ska under 2026 pröva undervisning på distans och samarbeta med skolorna "
        "i Hallstavik och Grisslehamn för att nå barn i norra kommundelarna. Simhallen behöver "
        "en större renovering inom fem år; en förstudie tas fram under våren 2026."
    )
    d.p(
        "Energipriserna och de ökade kostnaderna för underhåll av anläggningarna gör att "
        "nämndens ekonomiska läge är ansträngt även 2026. Nämnden ska därför se över "
        "taxorna för uthyrning av idrottshallar och prioritera åtgärder som sänker "
        "energianvändningen."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": BLUE,
        "h_sizes": {1: 15, 2: 11.5, 3: 10.5},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
    }
    r = rl.RLDoc(doc, o)
    PW, PH = A4
    LW, LH = landscape(A4)
    margin = 2.2 * rl.cm

    def cover(_b: Custom) -> list:
        return [
            r.para("Norrtälje kommun", "meta"),
            rl.Spacer(1, 6),
            r.para("Kultur- och fritidsnämnden", "subtitle"),
            r.para("Årsredovisning 2025", "title"),
            r.para("Dnr KFN 2026/14 · Beslutad av nämnden 2026-02-19", "meta"),
            rl.Spacer(1, 14),
        ]

    r.custom["cover"] = cover
    # split the blocks into pages at the page markers
    pages: list[tuple[str, list]] = [("portrait", [])]
    for b in doc.blocks:
        if isinstance(b, Custom) and b.kind.endswith("_page"):
            pages.append((b.kind[: -len("_page")], []))
            continue
        pages[-1][1].append(b)

    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Årsredovisning 2025 Kultur- och fritidsnämnden")
    c.setAuthor("Norrtälje kommun")
    c.setCreator("")
    c.setSubject("")

    def footer(page: int, w: float) -> None:
        c.setFont("LiberationSans", 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.setStrokeColor(colors.HexColor("#A0A0A0"))
        c.setLineWidth(0.5)
        c.line(margin, 1.75 * rl.cm, w - margin, 1.75 * rl.cm)
        c.drawCentredString(w / 2, 1.2 * rl.cm, FOOTER.format(page=page))

    def fill(story: list, w: float, h: float) -> list:
        f = Frame(margin, 2.2 * rl.cm, w - 2 * margin, h - 2.2 * rl.cm - 2.0 * rl.cm, 0, 0, 0, 0)
        f.addFromList(story, c)
        return story

    page = 0
    for kind, blocks in pages:
        if kind == "portrait":
            chunks: list[list] = [[]]
            for b in blocks:
                if isinstance(b, PageBreak):
                    chunks.append([])
                else:
                    chunks[-1].append(b)
            for chunk in chunks:
                story = r.flowables(chunk)
                page += 1
                c.setPageSize(A4)
                c.setPageRotation(0)
                fill(story, PW, PH)
                assert not story, f"page {page} overflows"
                footer(page, PW)
                c.showPage()
            continue
        page += 1
        flow = []
        for b in blocks:
            if isinstance(b, Table):
                flow += r.table(b, width=LW - 2 * margin)
            else:
                flow += r.block(b)
        if kind == "rotated":
            # portrait media box shown turned 90° clockwise: draw in landscape coordinates
            # mapped onto the portrait box (x along the media's y axis, up along its -x axis).
            # reportlab writes the MediaBox swapped when /Rotate is 90, so the size given here
            # is the shown (landscape) one and the MediaBox comes out portrait, 595 × 842.
            c.setPageSize((LW, LH))
            c.setPageRotation(90)
            c.saveState()
            c.translate(PW, 0)
            c.rotate(90)
        else:
            c.setPageSize((LW, LH))
            c.setPageRotation(0)
            c.saveState()
        fill(flow, LW, LH)
        assert not flow, f"{kind} page overflows"
        footer(page, LW)
        c.restoreState()
        c.showPage()
    c.save()
    assert page == 5, page
    return path

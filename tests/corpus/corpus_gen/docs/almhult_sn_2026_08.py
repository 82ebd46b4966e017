"""Älmhult, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito) as exported
from a Word report whose goal assessments are emoji in the text layer: the goal table Nämndmål |
Bedömning | Kommentar holds in its Bedömning cell only one of 🟢 (U+1F7E2), 🟡 (U+1F7E1) or
🔴 (U+1F534), set in a monochrome emoji font (Noto Emoji, subset committed in
sources/fonts/) and filled in the colour the emoji stands for; a legend line of the same three
emoji with "Målet bedöms uppnås" / "… delvis uppnås" / "… inte uppnås" stands once above the
table, and a summary line in the Sammanfattning counts the goals per emoji ("🟢 2 mål  🟡 3 mål
🔴 2 mål"), which is not a goal. The comments give facts and never the assessment in words.
A KPI table Utfall 2024 | Utfall 2025 | Utfall jan–aug 2026 | Målvärde 2026 (one value not yet
measured, "–") and a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr,
budget minus prognosis)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Älmhults kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"

EMOJI_FONT = "NotoEmojiStatus"
EMOJI_FILE = (
    Path(__file__).resolve().parents[2] / "sources" / "fonts" / "NotoEmoji-Regular-status.ttf"
)

WORD_BLUE = colors.HexColor("#2F5496")
HEAD_BG = colors.HexColor("#D9E2F3")
GRID = colors.HexColor("#8EAADB")

# status -> (emoji, fill colour as the colour emoji would show it, legend text)
EMOJI = {
    "expected_achieved": ("\U0001f7e2", colors.HexColor("#3BA55C"), "Målet bedöms uppnås"),
    "partly": ("\U0001f7e1", colors.HexColor("#F4C20D"), "Målet bedöms delvis uppnås"),
    "expected_not_achieved": ("\U0001f534", colors.HexColor("#DD2E44"), "Målet bedöms inte uppnås"),
}

# (goal, status, comment)
GOALS = [
    (
        "Den enskildes delaktighet och inflytande över sin insats ska öka",
        "expected_achieved",
        "85 procent av genomförandeplanerna i äldreomsorgen och funktionsstödet har upprättats "
        "tillsammans med brukaren, mot 78 procent helåret 2025. Alla enhetschefer har gått "
        "utbildningen i personcentrerat arbetssätt under våren.",
    ),
    (
        "Väntetiden från ansökan till erbjudande om särskilt boende ska vara högst 60 dagar",
        "partly",
        "Den genomsnittliga väntetiden har kortats till 63 dagar. Sex nya platser öppnade på "
        "Haga i maj, men under sommaren har kön åter ökat och fyra personer har väntat längre "
        "än tre månader.",
    ),
    (
        "Barn och unga ska få en rättssäker utredning inom lagstadgad tid",
        "expected_not_achieved",
        "72 procent av barnavårdsutredningarna avslutades inom 120 dagar. Två vakanta "
        "socialsekreterartjänster har varit obesatta sedan mars och antalet anmälningar har "
        "ökat med 18 procent jämfört med samma period 2025.",
    ),
    (
        "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier",
        "partly",
        "39 procent av de avslutade hushållen gick till arbete eller studier. Samarbetet med "
        "arbetsmarknadsenheten och Arbetsförmedlingen har fördjupats, samtidigt som antalet "
        "hushåll med bistånd har ökat under perioden.",
    ),
    (
        "Kontinuiteten i hemtjänsten ska förbättras",
        "partly",
        "En hemtjänsttagare mötte i genomsnitt 13 olika medarbetare under 14 dagar. "
        "Planeringen i mindre arbetslag har införts i tätorten men ännu inte i "
        "hemtjänstgrupperna i Diö och Liatorp.",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "expected_achieved",
        "Sjukfrånvaron för januari–augusti var 7,9 procent, den lägsta nivån sedan 2019. "
        "Korttidsfrånvaron har minskat mest, främst inom särskilt boende där "
        "heltidsschemat infördes 2025.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "expected_not_achieved",
        "Prognosen för helåret är ett underskott om 4 000 tkr, främst inom individ- och "
        "familjeomsorgen där placeringskostnaderna är höga. Åtgärder enligt avsnitt 5 "
        "beräknas minska underskottet med 1 200 tkr under hösten.",
    ),
]

# name, 2024, 2025, jan–aug 2026, target as printed, fmt
KPIS = [
    (
        "Andel genomförandeplaner upprättade tillsammans med brukaren",
        71,
        78,
        85,
        "≥ 80 %",
        PCT,
    ),
    ("Brukarbedömning hemtjänst, helhetsbedömning, andel nöjda", 86, 88, None, "≥ 90 %", PCT),
    ("Genomsnittlig väntetid till särskilt boende, dagar", 74, 68, 63, "≤ 60", N),
    ("Andel barnavårdsutredningar avslutade inom 120 dagar", 81, 77, 72, "100 %", PCT),
    (
        "Antal hushåll med ekonomiskt bistånd, genomsnitt per månad",
        212,
        224,
        231,
        "≤ 210",
        N,
    ),
    (
        "Andel avslutade hushåll med ekonomiskt bistånd som gått till arbete eller studier",
        34,
        37,
        39,
        "≥ 40 %",
        PCT,
    ),
    ("Antal olika personal per hemtjänsttagare under 14 dagar", 15, 14, 13, "≤ 12", N),
    ("Sjukfrånvaro bland medarbetarna", 9.4, 8.7, 7.9, "≤ 8,0 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026
DRIFT = [
    ("Nämnd och förvaltningsledning", 14_800, 9_420, 14_300),
    ("Individ- och familjeomsorg", 58_600, 41_870, 62_400),
    ("Hemtjänst", 96_300, 66_150, 98_100),
    ("Särskilt boende", 142_900, 94_610, 142_200),
    ("Funktionsstöd", 88_400, 57_930, 87_600),
    ("Hälso- och sjukvård", 31_200, 20_540, 31_600),
]


def kpi_table() -> Table:
    rows = [
        Row(name, [v24, v25, Raw("–") if v26 is None else v26, Raw(t)], fmt=f)
        for name, v24, v25, v26, t, f in KPIS
    ]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Utfall", "2024"), year="2024"),
            Col(("Utfall", "2025"), year="2025"),
            Col(("Utfall jan–", "aug 2026"), year="2026"),
            Col(("Målvärde", "2026"), year=None),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal",
        note="Utfall 2024 och 2025 avser helår, utfall 2026 perioden januari–augusti. "
        "Brukarbedömningen redovisas när Socialstyrelsens undersökning publiceras i oktober.",
        label_width=4.4,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot[0] - tot[2] == -4_000, tot
    rows.append(Row("Summa socialnämnden", [*tot, tot[0] - tot[2]], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget", "2026")),
            Col(("Utfall", "jan–aug")),
            Col(("Prognos", "2026")),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 2. Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Avvikelse = budget minus prognos. Ett negativt belopp är ett underskott.",
        label_width=3.4,
    )


def build() -> Doc:
    d = Doc(
        stem="almhult-socialnamnden-delarsrapport-2026-08",
        municipality="Älmhult",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 as exported from a Word report "
        "(reportlab, Carlito, Noto Emoji for the status marks), no title page",
        hard="the goal assessments are emoji in the text layer: the goal table Nämndmål | "
        "Bedömning | Kommentar has in its Bedömning cell only one of 🟢 (U+1F7E2), 🟡 (U+1F7E1) "
        "or 🔴 (U+1F534), set in a monochrome emoji font (a Noto Emoji subset) filled in the "
        "colour it names, no status word beside it, explained once by a legend line above the "
        'table ("🟢 Målet bedöms uppnås 🟡 Målet bedöms delvis uppnås 🔴 Målet bedöms inte '
        'uppnås"), the comments giving facts and never the assessment; a summary line of the '
        'same emoji with counts in the Sammanfattning ("Samlad bedömning av nämndmålen: 🟢 2 '
        'mål 🟡 3 mål 🔴 2 mål") that is not a goal; a KPI table Utfall 2024 | Utfall 2025 | '
        'Utfall jan–aug 2026 | Målvärde 2026 (two-line headers, targets "≥ 80 %", "≤ 60", a '
        "dash for a 2026 value not yet published); a drift table Budget 2026 | Utfall jan–aug | "
        "Prognos 2026 | Avvikelse (tkr, budget minus prognosis) with a Summa row; the "
        'municipality as "Älmhults kommun" in the masthead and the running header',
    )
    d.options["pdf_creator"] = "Microsoft® Word för Microsoft 365"
    d.options["pdf_producer"] = "Microsoft® Word för Microsoft 365"
    d.options["pdf_author"] = "Socialförvaltningen"
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr SN 2026/112\n"
            "Behandlad av socialnämnden 2026-09-23, § 78",
        )
    )
    counts = {s: sum(g[1] == s for g in GOALS) for s in EMOJI}
    summary = "Samlad bedömning av nämndmålen: " + "  ".join(
        f"{EMOJI[s][0]} {n} mål" for s, n in counts.items()
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Socialnämnden redovisar i denna delårsrapport verksamhet, måluppfyllelse och ekonomi "
        "för perioden januari–augusti 2026 samt en prognos för helåret. Nämnden har sju mål "
        "för 2026. Två av dem bedöms uppnås vid årets slut, tre bedöms delvis uppnås och två "
        "bedöms inte uppnås."
    )
    d.add(Custom("summary", {"counts": counts}, words=summary))
    d.p(
        "Den ekonomiska prognosen för helåret är ett underskott om 4 000 tkr, vilket motsvarar "
        "0,9 procent av nämndens budget. Underskottet beror främst på kostnader för placeringar "
        "av barn och unga samt på ett ökat behov av hemtjänst."
    )
    d.h(1, "Verksamhetens utveckling under perioden", num="2")
    d.p(
        "Behovet av stöd och omsorg har fortsatt att öka. Antalet beviljade hemtjänsttimmar var "
        "6 procent högre än under samma period 2025 och antalet anmälningar om barn som far "
        "illa ökade med 18 procent. Inom funktionsstödet har en ny gruppbostad med sex "
        "lägenheter tagits i bruk i Älmhults tätort."
    )
    d.bullets(
        "Sex nya platser på särskilt boende öppnade på Haga i maj.",
        "Digital tillsyn nattetid har införts för 41 brukare i hemtjänsten.",
        "Öppenvårdsteamet för barn och familj har förstärkts med en familjebehandlare.",
        "Ett nytt verksamhetssystem för individ- och familjeomsorgen togs i drift i april.",
    )
    d.h(1, "Måluppfyllelse", num="3")
    d.p(
        "Kommunfullmäktiges mål har brutits ned till sju nämndmål. I tabellen nedan redovisas "
        "nämndens bedömning av om respektive mål kommer att uppnås vid årets slut. "
        "Bedömningen görs utifrån nyckeltalen i avsnitt 4 och verksamheternas egna "
        "uppföljningar."
    )
    legend = "  ".join(f"{e} {label}" for e, _c, label in EMOJI.values())
    d.add(Custom("legend", {}, words=legend))
    gwords = ["Nämndmål\tBedömning\tKommentar"]
    for title, status, comment in GOALS:
        d.goal(title, status)
        gwords.append(f"{title}\t{EMOJI[status][0]}\t{comment}")
    d.add(Custom("goals", {}, words="\n".join(gwords)))
    d.p(
        "Målen om väntetid till särskilt boende och om kontinuitet i hemtjänsten har "
        "förbättrats jämfört med 2025 men når inte målvärdena. Målet om utredningstider för "
        "barn och unga påverkas av vakanser och en ökad inströmning av ärenden."
    )
    d.h(1, "Nyckeltal", num="4")
    d.p(
        "Nyckeltalen följer nämndens mål. Värdena för 2026 avser perioden januari–augusti och "
        "jämförs med helåren 2024 och 2025."
    )
    d.table(kpi_table())
    d.h(1, "Ekonomi", num="5")
    d.p(
        "Nämndens budget för 2026 är 432 200 tkr. Utfallet för januari–augusti är "
        "290 520 tkr och prognosen för helåret är 436 200 tkr, ett underskott om 4 000 tkr."
    )
    d.table(drift_table())
    d.p(
        "Individ- och familjeomsorgen visar ett underskott om 3 800 tkr. Tre placeringar av "
        "ungdomar enligt LVU på särskilda ungdomshem har tillkommit under sommaren. Hemtjänsten "
        "prognostiserar ett underskott om 1 800 tkr till följd av fler beviljade timmar. "
        "Särskilt boende och funktionsstöd visar överskott genom vakanta tjänster och lägre "
        "kostnader för köpta platser."
    )
    d.p(
        "För att minska underskottet har förvaltningen infört ett anställningsstopp för "
        "administrativa tjänster, ökat andelen insatser i egen öppenvård i stället för "
        "placeringar och ser över bemanningen i hemtjänsten. Åtgärderna beräknas ge 1 200 tkr "
        "under hösten och ingår inte i prognosen."
    )
    d.h(1, "Framåtblick", num="6")
    d.p(
        "Antalet invånare över 80 år i Älmhult ökar med omkring 4 procent per år fram till 2030. "
        "Nämnden behöver under 2027 planera för fler platser i särskilt boende och för en "
        "fortsatt utbyggnad av hemtjänsten. Rekryteringen av socialsekreterare och "
        "sjuksköterskor är den största utmaningen för att klara uppdraget."
    )
    return d


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap writes a code point as "<%04X>", which for U+1F7E2 gives five
    hex digits that a reader cuts to U+1F7E; a PDF gives a character outside the BMP as its
    UTF-16BE surrogate pair, as Word does ("<D83DDFE2>"). BMP characters are written as before."""
    out = ttfonts_orig_cmap(fontname, subset).split("\n")
    i = out.index(f"{len(subset)} beginbfchar") + 1
    for k, v in enumerate(subset):
        hexu = f"{v:04X}" if v < 0x10000 else chr(v).encode("utf-16-be").hex().upper()
        out[i + k] = f"<{k:02X}> <{hexu}>"
    return "\n".join(out)


ttfonts_orig_cmap = ttfonts.makeToUnicodeCMap


def render(doc: Doc, out: Path) -> Path:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    try:
        return _render(doc, out)
    finally:
        ttfonts.makeToUnicodeCMap = ttfonts_orig_cmap


def _render(doc: Doc, out: Path) -> Path:
    if EMOJI_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(EMOJI_FONT, str(EMOJI_FILE)))
    margins = (2.5 * rl.cm, 2.3 * rl.cm, 2.5 * rl.cm, 2.5 * rl.cm)
    o = {
        "font": "Carlito",
        "size": 11,
        "leading": 14.2,
        "hcolor": WORD_BLUE,
        "h_sizes": {1: 15, 2: 13, 3: 11},
        "table_size": 9.5,
        "table_rules": "grid",
        "table_head_bg": HEAD_BG,
        "margins": margins,
        "para_space": 6,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def emoji(status: str, size: float) -> str:
        e, col, _label = EMOJI[status]
        return f'<font name="{EMOJI_FONT}" size="{size:g}" color="#{col.hexval()[2:]}">{e}</font>'

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["body"], fontName="Carlito-Bold", fontSize=13, leading=16
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontName="Carlito", fontSize=24, leading=29
        )
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontName="Carlito", fontSize=15, leading=19
        )
        meta = rl.ParagraphStyle("mh3", parent=r.styles["meta"], fontSize=9.5, leading=12)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 18),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph("Dnr SN 2026/112", meta),
            Paragraph("Behandlad av socialnämnden 2026-09-23, § 78", meta),
            rl.Spacer(1, 10),
        ]

    def summary(b: Custom) -> list:
        parts = [escape("Samlad bedömning av nämndmålen:")]
        for s, n in b.data["counts"].items():
            parts.append(f"{emoji(s, 11)} {n} mål")
        st = rl.ParagraphStyle("sum", parent=r.styles["body"], fontName="Carlito-Bold")
        return [Paragraph("&nbsp;&nbsp;".join([parts[0] + " " + parts[1], *parts[2:]]), st)]

    def legend(_b: Custom) -> list:
        items = [f"{emoji(s, 10)} {escape(label)}" for s, (_e, _c, label) in EMOJI.items()]
        st = rl.ParagraphStyle("leg", parent=r.styles["body"], fontSize=9.5, leading=13)
        return [Paragraph("&nbsp;&nbsp;&nbsp;".join(items), st), rl.Spacer(1, 2)]

    def goals(_b: Custom) -> list:
        cell = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9.5, leading=11.8)
        cellb = rl.ParagraphStyle("gcb", parent=cell, fontName="Carlito-Bold")
        mid = rl.ParagraphStyle("gm", parent=cell, alignment=1, fontSize=13, leading=14)
        data: list = [
            [
                Paragraph("Nämndmål", cellb),
                Paragraph("Bedömning", cellb),
                Paragraph("Kommentar", cellb),
            ]
        ]
        for title, status, comment in GOALS:
            data.append(
                [
                    Paragraph(escape(title), cell),
                    Paragraph(emoji(status, 13), mid),
                    Paragraph(escape(comment), cell),
                ]
            )
        tbl = rl.RLTable(
            data,
            colWidths=[W * 0.34, W * 0.14, W * 0.52],
            repeatRows=1,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 10)]

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.45 * rl.cm
        c.setFont("Carlito", 9)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(lft, y, MUNI)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} – {TITLE}")
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.line(lft, y - 4, A4[0] - rgt, y - 4)
        fy = bottom - 1.2 * rl.cm
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]
    r.custom.update(masthead=masthead, summary=summary, legend=legend, goals=goals)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

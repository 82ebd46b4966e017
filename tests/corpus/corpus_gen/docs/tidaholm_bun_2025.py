"""Tidaholm, Barn- och utbildningsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), whose
two nyckeltal tables are set by the municipality's statistician by SCB's conventions for
official statistics. Each cell is a figure or one of SCB's signs: ".." (uppgift inte
tillgänglig: the statistic is not yet published), "." (uppgift kan inte förekomma: a share of
pupils in a class that had no pupils, a cost per child in a form of care that was closed), "–"
(inget finns att redovisa: zero by definition) and "0" (mindre än hälften av enheten: a value, 0).
A figure may carry a letter after it, "88,0 p" (preliminär) or "1 441 r" (reviderad): the letter
is not part of the value. The second table's last year is headed "2025p" (the whole column
preliminary), keyed "2025". Footnote marks are superscript with a parenthesis, set as Word sets
them (a smaller raised "1)", so the text layer holds "gymnasiet1)" and "922)"): after a KPI's name
("Andel elever i åk 9 behöriga till gymnasiet¹⁾") and after a value ("92²⁾", which is 92). A unit
column "Enhet" stands between the name and the years and is not a value. Under each table the
legend of signs ("Teckenförklaring: …") and the footnotes. The key holds every real figure, "p"
and "r" figures and "0" included, and nothing from "..", "." or "–" cells. Goals are headings
with an ordinary "Bedömning: …" line; a drift table in tkr whose closed verksamhet has "–" in
the year's columns closes the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)

MUNI = "Tidaholms kommun"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Verksamhetsberättelse 2025"
INK = colors.HexColor("#1B1B1B")
ACCENT = colors.HexColor("#1D4F7A")
RULE = colors.HexColor("#9AA7B4")
FONT = "Carlito"

SUP = {"1": "¹", "2": "²", "3": "³"}


@dataclass(frozen=True)
class V:
    """A printed figure: the value, SCB's letter after it ("p", "r") and a footnote mark."""

    v: float | int
    fmt: NumFmt = N
    flag: str = ""
    mark: str = ""


NA, IMP, NIL = Raw(".."), Raw("."), Raw("–")


def printed(c: object, fmt: NumFmt) -> tuple[str, str]:
    """(text as the reader gets it, with Unicode superscript marks; reportlab markup)."""
    if isinstance(c, Raw):
        return c.text, escape(c.text)
    if isinstance(c, V):
        s = c.fmt(c.v) + (f" {c.flag}" if c.flag else "")
        if c.mark:
            return s + SUP[c.mark] + "⁾", escape(s) + f"<super>{c.mark})</super>"
        return s, escape(s)
    s = fmt(c)  # type: ignore[arg-type]
    return s, escape(s)


# name, footnote mark of the name, unit, fmt, [2023, 2024, 2025]
T1 = [
    ("Inskrivna barn i förskola", "", "antal", N, [612, 598, 587]),
    ("Andel inskrivna barn 1–5 år i förskola", "", "%", DEC1, [86.4, 87.1, V(88.0, DEC1, "p")]),
    ("Barn per årsarbetare i förskola", "", "antal", DEC1, [5.3, 5.1, 5.2]),
    ("Andel årsarbetare i förskola med förskollärarlegitimation", "", "%", N, [38, 41, NA]),
    ("Elever i grundskola", "", "antal", N, [1428, V(1441, N, "r"), 1456]),
    ("Andel elever i åk 9 som uppnått kunskapskraven i alla ämnen", "", "%", DEC1, [71.3, 68.9, 73.5]),
    ("Andel elever i åk 9 behöriga till gymnasiet", "1", "%", DEC1, [84.7, V(82.1, DEC1, "r"), 86.0]),
    ("Genomsnittligt meritvärde i åk 9", "", "poäng", DEC1, [218.4, 214.9, 221.7]),
    ("Andel elever i åk 6 med lägst betyget E i matematik", "", "%", N, [84, 81, NA]),
    ("Andel elever i åk 5 som känner sig trygga i skolan", "", "%", N, [V(92, N, "", "2"), 90, 89]),
    ("Elever i anpassad grundskola", "", "antal", N, [14, 12, 11]),
    ("Elever i förberedelseklass", "", "antal", N, [9, NIL, NIL]),
    ("Andel elever i förberedelseklass som övergått till ordinarie klass inom ett år", "", "%", N, [78, IMP, IMP]),
    ("Andel elever som går i grundskola i annan kommun", "", "%", N, [0, 1, 0]),
]  # fmt: skip

# name, mark, unit, fmt, [2023, 2024, 2025p]
T2 = [
    ("Kostnad förskola per inskrivet barn", "", "kr", N, [167_400, V(174_900, N, "r"), 181_300]),
    ("Kostnad pedagogisk omsorg per inskrivet barn", "", "kr", N, [118_200, 131_500, IMP]),
    ("Kostnad fritidshem per inskrivet barn", "", "kr", N, [44_100, NA, 47_600]),
    ("Kostnad grundskola per elev", "3", "kr", N, [121_800, 128_400, 133_900]),
    ("Kostnad skolskjuts per elev i grundskola", "", "kr", N, [9_640, 9_980, 10_450]),
    ("Elever per lärare (heltidstjänst) i grundskola", "", "antal", DEC1, [11.9, 12.2, NA]),
    ("Andel lärare med pedagogisk högskoleexamen i grundskola", "", "%", DEC1, [79.4, 80.2, 81.5]),
    ("Nettokostnadsavvikelse grundskola", "", "%", DEC1, [3.1, V(2.4, DEC1, "r"), 1.8]),
]  # fmt: skip

LEGEND = (
    "Teckenförklaring: .. = uppgift inte tillgänglig, . = uppgift kan inte förekomma, "
    "– = inget finns att redovisa, 0 = mindre än 0,5 av enheten, p = preliminär uppgift, "
    "r = reviderad uppgift"
)
T1_NOTES = [
    ("1", "Behörighet till gymnasieskolans yrkesprogram. Uppgiften för 2024 har reviderats "
     "efter Skolverkets rättelse av statistiken i december 2024."),
    ("2", "Enkäten 2023 besvarades av elever i åk 4 och 5 gemensamt och är inte helt jämförbar "
     "med senare år."),
]  # fmt: skip
T1_SOURCE = (
    "Uppgifterna om personal i förskolan per den 15 oktober 2025 och resultaten på de nationella "
    "proven i åk 6 publiceras av Skolverket under våren 2026. Källa: Skolverket, SCB och "
    "kommunens elevregister."
)
T2_NOTES = [
    ("3", "Exklusive skolskjuts, som redovisas på egen rad."),
]
T2_SOURCE = (
    "Uppgifterna för 2025 bygger på kommunens bokslut och är preliminära; slutliga uppgifter "
    "publiceras av SCB och Kolada i juni 2026. Pedagogisk omsorg avvecklades vid utgången av "
    "2024. Källa: SCB:s räkenskapssammandrag, Skolverket och Kolada."
)

# verksamhet, budget 2025, utfall 2025, utfall 2024 (tkr, nettokostnad); None = "–"
DRIFT = [
    ("Nämnd och förvaltningsledning", 14_200, 13_650, 13_480),
    ("Förskola", 96_400, 97_870, 93_210),
    ("Pedagogisk omsorg", None, None, 1_120),
    ("Fritidshem", 18_900, 18_420, 17_960),
    ("Förskoleklass", 9_300, 9_140, 8_870),
    ("Grundskola", 152_600, 155_930, 147_350),
    ("Anpassad grundskola", 11_800, 12_640, 11_210),
    ("Skolskjuts", 13_500, 14_260, 12_980),
    ("Gymnasieskola", 71_300, 69_850, 68_740),
]

GOALS = [
    (
        "Fler elever ska vara behöriga till gymnasieskolan",
        "achieved",
        "Uppfyllt",
        "Andelen elever i åk 9 som var behöriga till gymnasieskolans yrkesprogram var 86,0 "
        "procent våren 2025, jämfört med 82,1 procent året innan. Målvärdet om minst 85 procent "
        "har därmed nåtts. Skolorna har arbetat med studiestöd efter skoltid och med tidiga "
        "insatser i svenska och matematik för elever i åk 7 och 8.",
    ),
    (
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "partly",
        "Delvis uppfyllt",
        "I elevenkäten svarade 89 procent av eleverna i åk 5 att de känner sig trygga i skolan, "
        "vilket är något lägre än 2024 och under målvärdet 95 procent. Vårdnadshavarnas svar i "
        "förskoleenkäten visar däremot fortsatt hög trygghet. Rastverksamheten har förstärkts "
        "på två skolor.",
    ),
    (
        "Andelen legitimerade förskollärare i förskolan ska öka",
        "unassessed",
        "Ej bedömt",
        "Skolverkets uppgifter om personalen i förskolan per den 15 oktober 2025 publiceras först "
        "under våren 2026 och målet kan därför inte bedömas. Under året har fyra förskollärare "
        "anställts och tre barnskötare har påbörjat förskollärarutbildning med bibehållen lön.",
    ),
    (
        "Fler elever ska nå kunskapskraven i alla ämnen",
        "partly",
        "Delvis uppfyllt",
        "Andelen elever i åk 9 som uppnått kunskapskraven i alla ämnen ökade till 73,5 procent "
        "från 68,9 procent 2024, men når inte målvärdet 75 procent. Det genomsnittliga "
        "meritvärdet ökade till 221,7 poäng. Resultaten i åk 6 kan ännu inte jämföras med "
        "tidigare år.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "not_achieved",
        "Ej uppfyllt",
        "Nämnden redovisar ett underskott om 3 760 tkr för 2025. Underskottet beror främst på "
        "grundskolan, förskolan och skolskjutsarna, medan gymnasieskolan och förvaltningsledningen "
        "redovisar överskott.",
    ),
]


def kpi_table(spec: list, years: list[tuple[str, str]], caption: str, notes, source) -> Table:
    cols = [Col(("Enhet",), width=0.7)] + [Col((h,), year=y, width=0.95) for h, y in years]
    rows = []
    for name, _mark, unit, fmt, cells in spec:
        vals = [c.v if isinstance(c, V) else c for c in cells]
        rows.append(Row(name, [Raw(unit), *vals], fmt=fmt))
    note = "\n".join([LEGEND] + [f"{SUP[m]}⁾ {t}" for m, t in notes] + [source])
    return Table(
        label_head=("Nyckeltal",),
        cols=cols,
        rows=rows,
        kind="kpi",
        caption=caption,
        note=note,
        label_width=4.6,
    )


def table_words(t: Table, spec: list) -> str:
    lines = [t.caption or "", "\t".join(["Nyckeltal"] + [c.head[0] for c in t.cols])]
    for name, mark, unit, fmt, cells in spec:
        label = name + (SUP[mark] + "⁾" if mark else "")
        lines.append("\t".join([label, unit] + [printed(c, fmt)[0] for c in cells]))
    lines.append(t.note or "")
    return "\n".join(lines)


def build() -> Doc:
    d = Doc(
        stem="tidaholm-barn-och-utbildningsnamnden-verksamhetsberattelse-2025",
        municipality="Tidaholm",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), "
        "nyckeltal set by the municipality's statistician in SCB's conventions",
        hard="two nyckeltal tables (Nyckeltal | Enhet | 2023 | 2024 | 2025, and a cost table "
        'whose last column is headed "2025p", the whole year preliminary) set by SCB\'s '
        'conventions for official statistics: ".." = uppgift inte tillgänglig (not yet '
        'published), "." = uppgift kan inte förekomma (a share of pupils in a class that had '
        'none, a cost per child in a closed form of care), "–" = inget finns att redovisa (zero '
        'by definition) and "0" = mindre än 0,5 av enheten, which is the value 0; figures with a '
        'letter after them, "88,0 p" (preliminär) and "1 441 r", "82,1 r" (reviderad); footnote '
        'marks set as Word sets superscript, a smaller raised "1)" glued to the word before, '
        'after a KPI\'s name ("… behöriga till gymnasiet¹⁾", text layer "gymnasiet1)") and after '
        'a value ("92²⁾", text layer "922)", the value 92); a unit column "Enhet" that is not a '
        'value; a "Teckenförklaring: …" legend and the footnotes under each table. The key holds '
        'every real figure ("p", "r" and "0" ones included) and nothing from "..", "." or "–". '
        'Five goals as headings with "Bedömning: Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej '
        'bedömt"; a drift table Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget '
        'minus utfall) with a closed verksamhet printed "–" in the year\'s columns',
        # poppler sets the raised "1)" after "gymnasiet" on a line of its own
        options={"check_joins": ["gymnasiet|1"]},
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{COMMITTEE}\n{TITLE}\nDnr BUN 2026/14\n"
            "Fastställd av barn- och utbildningsnämnden 2026-02-17",
        )
    )
    d.h(1, "1 Sammanfattning")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, fritidshem, förskoleklass, "
        "grundskola, anpassad grundskola och gymnasieskola i Tidaholms kommun. År 2025 gick "
        "587 barn i förskolan och 1 456 elever i grundskolan."
    )
    d.p(
        "Kunskapsresultaten i åk 9 förbättrades efter en svagare vår 2024: 86,0 procent av "
        "eleverna blev behöriga till gymnasieskolans yrkesprogram och det genomsnittliga "
        "meritvärdet ökade till 221,7 poäng. Av nämndens fem mål är ett uppfyllt, två delvis "
        "uppfyllda och ett inte uppfyllt, medan ett mål inte har kunnat bedömas eftersom "
        "statistiken ännu inte är publicerad."
    )
    d.p(
        "Nämnden redovisar ett underskott om 3 760 tkr mot budget, motsvarande 1,0 procent av "
        "budgetramen. Underskottet beror främst på fler elever med behov av särskilt stöd i "
        "grundskolan, högre kostnader för skolskjuts och fler barn i förskolan under hösten."
    )
    d.h(1, "2 Viktiga händelser under året")
    d.bullets(
        "Den nya förskolan på Rosenberg togs i bruk i augusti med sex avdelningar.",
        "Pedagogisk omsorg avvecklades vid årsskiftet 2024/2025 och barnen erbjöds plats i "
        "förskola.",
        "Förberedelseklassen har inte haft några elever sedan 2024 och nyanlända elever tas emot "
        "direkt i ordinarie klass med studiehandledning.",
        "Ett gemensamt elevhälsoteam för åk 7–9 inrättades under våren.",
    )
    d.h(1, "3 Mål och måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2025. Varje mål bedöms som uppfyllt, delvis uppfyllt eller ej "
        "uppfyllt utifrån nyckeltalen i avsnitt 4 och verksamheternas egna uppföljningar. Ett mål "
        "som saknar underlag redovisas som ej bedömt."
    )
    for title, status, word, comment in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"title": title, "word": word, "comment": comment},
                words=f"{title}\nBedömning: {word}\n{comment}",
            )
        )
    d.h(1, "4 Nyckeltal")
    d.p(
        "Nyckeltalen redovisas enligt SCB:s standard för officiell statistik. Uppgifter som ännu "
        "inte har publicerats markeras med två punkter och preliminära eller reviderade uppgifter "
        "med en bokstav efter talet, enligt teckenförklaringen under varje tabell."
    )
    t1 = kpi_table(
        T1,
        [("2023", "2023"), ("2024", "2024"), ("2025", "2025")],
        "Tabell 1. Förskola och grundskola 2023–2025",
        T1_NOTES,
        T1_SOURCE,
    )
    d.add(Custom("kpitable", {"table": t1, "spec": T1}, words=table_words(t1, T1)))
    t2 = kpi_table(
        T2,
        [("2023", "2023"), ("2024", "2024"), ("2025p", "2025")],
        "Tabell 2. Kostnader och resurser 2023–2025",
        T2_NOTES,
        T2_SOURCE,
    )
    d.add(Custom("kpitable", {"table": t2, "spec": T2}, words=table_words(t2, T2)))

    d.h(1, "5 Ekonomi")
    rows = []
    for name, b, u, u24 in DRIFT:
        if b is None:
            rows.append(Row(name, [NIL, NIL, NIL, u24]))
        else:
            rows.append(Row(name, [b, u, b - u, u24]))
    tb = sum(x[1] or 0 for x in DRIFT)
    tu = sum(x[2] or 0 for x in DRIFT)
    t24 = sum(x[3] for x in DRIFT)
    assert (tb, tu, tb - tu, t24) == (388_000, 391_760, -3_760, 374_920), (tb, tu, t24)
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu, t24], total=True))
    d.p(
        "Nämndens budgetram för 2025 var 388 000 tkr. Nettokostnaden blev 391 760 tkr, vilket "
        "ger ett underskott om 3 760 tkr. Jämfört med 2024 ökade nettokostnaden med 16 840 tkr "
        "eller 4,5 procent."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus utfall; negativt belopp innebär underskott. "
            "– = inget finns att redovisa.",
            label_width=3.0,
        )
    )
    d.p(
        "Grundskolans underskott om 3 330 tkr beror på fler elever med omfattande behov av "
        "särskilt stöd och på tilläggsbelopp till fristående skolor i andra kommuner. Förskolan "
        "hade fler barn än budgeterat under hösten när den nya förskolan öppnade. Skolskjutsen "
        "blev dyrare efter den nya upphandlingen i augusti. Gymnasieskolans överskott om "
        "1 450 tkr beror på lägre kostnader för interkommunala ersättningar än beräknat."
    )
    d.h(1, "6 Framtid")
    d.p(
        "Barnkullarna i kommunen minskar och antalet barn i förskolan väntas fortsätta att "
        "minska de kommande åren, medan antalet elever i grundskolans senare årskurser ökar. "
        "Nämnden kommer under 2026 att se över lokalbehovet i förskolan och planera för fler "
        "platser i åk 7–9. Arbetet med att nå en budget i balans fortsätter med en översyn av "
        "skolskjutsorganisationen och av resursfördelningen till grundskolan."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.4 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm)
    o = {
        "font": FONT,
        "size": 10.5,
        "leading": 14,
        "hcolor": ACCENT,
        "color": INK,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        c.setFillColor(colors.HexColor("#3A3A3A"))
        c.setFont(FONT, 8.5)
        c.drawString(lft, y, f"{MUNI} · {COMMITTEE}")
        c.drawRightString(A4[0] - rgt, y, TITLE)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(lft, y - 4, A4[0] - rgt, y - 4)
        fy = bottom - 1.1 * rl.cm
        c.drawString(lft, fy, "Dnr BUN 2026/14")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=14, leading=17, textColor=ACCENT
        )
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=24, leading=29)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 18),
            Paragraph(COMMITTEE, sub),
            Paragraph(TITLE, big),
            r.para("Dnr BUN 2026/14", "meta"),
            r.para("Fastställd av barn- och utbildningsnämnden 2026-02-17", "meta"),
            rl.Spacer(1, 8),
        ]

    def goal(b: Custom) -> list:
        gst = rl.ParagraphStyle(
            "g", parent=r.styles["h3"], fontSize=11, leading=14, textColor=INK, spaceBefore=8
        )
        bst = rl.ParagraphStyle("gb", parent=r.styles["body"], spaceAfter=2)
        return [
            KeepTogether(
                [
                    Paragraph(escape(b.data["title"]), gst),
                    Paragraph(f"<b>Bedömning:</b> {escape(b.data['word'])}", bst),
                    r.para(b.data["comment"]),
                ]
            )
        ]

    def kpitable(b: Custom) -> list:
        t: Table = b.data["table"]
        spec = b.data["spec"]
        size = 8.6
        cst = rl.ParagraphStyle("kc", parent=r.styles["cell"], fontSize=size, leading=size * 1.2)
        cr = rl.ParagraphStyle("kcr", parent=cst, alignment=rl.TA_RIGHT)
        cb = rl.ParagraphStyle("kcb", parent=cst, fontName=f"{FONT}-Bold")
        cbr = rl.ParagraphStyle("kcbr", parent=cb, alignment=rl.TA_RIGHT)
        widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
        colw = [w * W / sum(widths) for w in widths]
        data: list = [
            [Paragraph("Nyckeltal", cb), Paragraph("Enhet", cb)]
            + [Paragraph(escape(c.head[0]), cbr) for c in t.cols[1:]]
        ]
        cmds: list = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, INK),
        ]
        for name, mark, unit, fmt, cells in spec:
            label = escape(name) + (f"<super>{mark})</super>" if mark else "")
            data.append(
                [Paragraph(label, cst), Paragraph(escape(unit), cst)]
                + [Paragraph(printed(c, fmt)[1], cr) for c in cells]
            )
        tbl = rl.RLTable(data, colWidths=colw, repeatRows=1, style=rl.TableStyle(cmds))
        tbl.hAlign = "LEFT"
        nst = rl.ParagraphStyle(
            "kn", parent=r.styles["body"], fontSize=8, leading=10, spaceAfter=1.5
        )
        parts = t.note.split("\n") if t.note else []
        notes: list = [rl.Spacer(1, 3), Paragraph(escape(parts[0]), nst)]
        for line in parts[1:]:
            if line[:1] in "¹²³":
                m = {"¹": "1", "²": "2", "³": "3"}[line[0]]
                notes.append(Paragraph(f"<super>{m})</super> {escape(line[3:])}", nst))
            else:
                notes.append(Paragraph(escape(line), nst))
        return [
            KeepTogether([r.para(t.caption or "", "caption"), tbl, *notes]),
            rl.Spacer(1, 10),
        ]

    r.custom.update(masthead=masthead, goal=goal, kpitable=kpitable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

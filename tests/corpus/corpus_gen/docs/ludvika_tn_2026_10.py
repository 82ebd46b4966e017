"""Ludvika, Tekniska nämnden, månadsuppföljning per oktober 2026 (reportlab, Liberation Sans, four
pages): BOTH the KPI table and the drift table run over a page break as Word breaks a long table,
each table's heading row repeated at the top of the next page and the table's caption repeated
above it with "(forts.)" ("Driftredovisning per verksamhet, tkr (forts.)"), so a reader sees two
captioned tables where there is one. The KPI table (Jan–okt 2024 | Jan–okt 2025 | Jan–okt 2026 |
Mål 2026) has label-only group rows and breaks inside a group; the drift table (Budget 2026 |
Utfall jan–okt 2026 | Prognos helår | Avvikelse, tkr, budget minus prognosis, negative amounts
with U+2212) has eighteen verksamheter in three groups, a label-only row over each group, a
"Summa <group>" row under it, and "Summa nämnden" at the end on the second page; it breaks
right under the third group's label row, left alone at the foot of page 3. The goals come
first, as a simple numbered list, each with a "Prognos helår: …" line. Running header with the
committee's name, footer "Sida n av 4"."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

MINUS = "\u2212"
TKR = NumFmt(minus=MINUS)
N = NumFmt(minus=MINUS)
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
PCT1 = NumFmt(dec=1, suffix=" %")
DEC2 = NumFmt(dec=2)
INK = colors.HexColor("#23415F")
HEAD_BG = colors.HexColor("#DDE6EE")
GROUP_BG = colors.HexColor("#F1F3F5")

WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

GOALS = [
    (
        "Gator, gång- och cykelvägar ska hålla en god standard året runt",
        "partly",
        "Andelen potthål som lagas inom fem arbetsdagar har ökat till 82 procent, men "
        "beläggningsprogrammet har fått skjutas upp på tre sträckor i Grängesberg och Fredriksberg.",
    ),
    (
        "Energianvändningen i kommunens verksamhetslokaler ska minska med minst 2 procent per år",
        "expected_achieved",
        "Energianvändningen per kvadratmeter är 2,9 procent lägre än samma period i fjol, "
        "främst tack vare ny ventilationsstyrning i skolorna och byte till LED-belysning.",
    ),
    (
        "Fel på gatubelysningen ska vara åtgärdade inom fem arbetsdagar",
        "expected_not_achieved",
        "Endast 66 procent av felen åtgärdades i tid. Entreprenören har haft brist på "
        "skylift och flera kabelfel i Marnäs har krävt grävning.",
    ),
    (
        "Andelen ekologiska livsmedel i måltidsverksamheten ska vara minst 35 procent",
        "expected_achieved",
        "Andelen är 36 procent hittills i år. Det nya avtalet för mejeriprodukter från "
        "april har bidragit mest.",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "partly",
        "Sjukfrånvaron har minskat till 6,4 procent men ligger fortfarande över målvärdet "
        "6,0 procent. Den korta sjukfrånvaron inom lokalvården är fortsatt hög.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "expected_not_achieved",
        "Helårsprognosen visar ett underskott, främst för vinterväghållning, planerat "
        "underhåll och tomma lokaler (se avsnitt 4).",
    ),
]

KCOLS = [
    Col(("Jan–okt", "2024"), year="2024"),
    Col(("Jan–okt", "2025"), year="2025"),
    Col(("Jan–okt", "2026"), year="2026"),
    Col(("Mål", "2026")),
]

# group: [(name, 2024, 2025, 2026, target, fmt)]
KPIS = [
    (
        "Gator, trafik och park",
        [
            ("Felanmälningar gator, gång- och cykelvägar, antal", 1184, 1262, 1147, "–", N),
            ("Potthål lagade inom fem arbetsdagar", 71, 76, 82, "≥ 85 %", PCT),
            ("Fel på gatubelysning åtgärdade inom fem arbetsdagar", 64, 69, 66, "≥ 90 %", PCT),
            ("Andel LED-armaturer i gatubelysningen", 54, 63, 71, "≥ 75 %", PCT),
            ("Utryckningar för snöröjning, antal", 23, 31, 19, "–", N),
            ("Kostnad för vinterväghållning per invånare, kr", 412, 538, 371, "–", N),
        ],
    ),
    (
        "Fastighet och lokalförsörjning",
        [
            ("Energianvändning i verksamhetslokaler, kWh/m²", 118.4, 113.9, 110.6, "≤ 111,6", DEC1),
            ("Felanmälningar åtgärdade inom avtalad tid", 81, 84, 87, "≥ 85 %", PCT),
            ("Planerat underhåll utfört enligt årsplanen", 58, 62, 71, "80 %", PCT),
            ("Tomma lokaler, m²", 3420, 2980, 4150, "–", N),
            ("Egenproducerad solel, MWh", 412, 596, 871, "–", N),
        ],
    ),
    (
        "Måltid och service",
        [
            ("Serverade portioner i förskola och skola, antal", 712400, 698150, 704920, "–", N),
            ("Andel ekologiska livsmedel", 31, 33, 36, "≥ 35 %", PCT),
            ("Andel rätter lagade från grunden", 68, 72, 75, "≥ 75 %", PCT),
            ("Matsvinn per portion i skolan, gram", 21, 19, 17, "≤ 18", N),
            ("Livsmedelskostnad per portion, kr", 13.2, 14.1, 14.6, "–", DEC2),
        ],
    ),
    (
        "Medarbetare",
        [
            ("Sjukfrånvaro", 7.1, 6.8, 6.4, "≤ 6,0 %", PCT1),
            ("Andel heltidsanställda", 88, 90, 91, "≥ 92 %", PCT),
        ],
    ),
]

# group: [(verksamhet, budget 2026, utfall jan–okt 2026, prognos helår)]
DRIFT = [
    (
        "Gator, trafik och park",
        [
            ("Gator och vägar", 28_400, 24_310, 29_600),
            ("Vinterväghållning", 14_200, 13_880, 16_900),
            ("Gatubelysning", 8_600, 6_920, 8_350),
            ("Trafik och parkering", 2_100, 2_190, 2_650),
            ("Parker och grönområden", 17_800, 15_840, 18_250),
            ("Lekplatser och badplatser", 3_900, 3_410, 3_900),
        ],
    ),
    (
        "Fastighet och lokalförsörjning",
        [
            ("Förvaltade fastigheter", -6_200, -4_120, -4_900),
            ("Planerat underhåll", 21_500, 17_640, 22_800),
            ("Energi och media", 24_300, 18_470, 23_100),
            ("Lokalvård", 31_700, 26_960, 32_250),
            ("Tomma lokaler", 1_800, 2_610, 3_050),
            ("Lokalförsörjning och projekt", 4_600, 3_520, 4_380),
        ],
    ),
    (
        "Service och gemensamt",
        [
            ("Nämnd och förvaltningsledning", 9_800, 7_730, 9_450),
            ("Måltidsverksamhet", 48_900, 40_920, 50_150),
            ("Fordon och verkstad", 1_200, 1_640, 1_850),
            ("Mark och skog", -3_400, -3_280, -4_150),
            ("Kart och mät", 5_300, 4_190, 5_120),
            ("Beredskap och säkerhet", 2_600, 2_050, 2_600),
        ],
    ),
]

FORTS = " (forts.)"


def sums(units: list) -> list[int]:
    return [sum(u[j] for u in units) for j in (1, 2, 3)]


def fmt_tkr(v: int) -> str:
    return TKR(v)


class UnitDoc(Doc):
    """The shared key builder strips a trailing raised digit from a KPI name as a footnote mark
    ("Andel nöjda¹"); here the raised "²" of "kWh/m²" and "Tomma lokaler, m²" is the unit's
    exponent, printed on the page, so the key keeps it."""

    def key(self) -> dict[str, Any]:
        k = super().key()
        printed = {n.rstrip("²"): n for _g, items in KPIS for n, *_rest in items if n.endswith("²")}
        for kpi in k["kpis"]:
            kpi["name"] = printed.get(kpi["name"], kpi["name"])
        return k


def build() -> Doc:
    d = UnitDoc(
        stem="ludvika-tekniska-namnden-manadsuppfoljning-2026-10",
        municipality="Ludvika",
        committee="Tekniska nämnden",
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title="Månadsuppföljning per oktober 2026",
        engine="reportlab",
        what="Tekniska nämnden, månadsuppföljning per oktober 2026 laid out as a Word report "
        "(reportlab, Liberation Sans), no title page",
        hard="both long tables run over a page break as Word breaks them, each continued under "
        'its heading row repeated AND its caption repeated with "(forts.)", so the page shows '
        'two captioned tables where there is one: the KPI table "Nyckeltal januari–oktober" '
        "(Nyckeltal | Jan–okt 2024 | Jan–okt 2025 | Jan–okt 2026 | Mål 2026, eighteen rows under "
        'label-only group rows, targets "≥ 85 %", "≤ 111,6", "–") breaks from page 2 to 3 '
        "inside a group, one row of it and the last group on page 3 above its note; the drift "
        'table "Driftredovisning per verksamhet, tkr" (Budget 2026 | Utfall jan–okt 2026 | '
        "Prognos helår | Avvikelse, budget minus prognosis, negative amounts with U+2212 "
        '"−1 250") has eighteen verksamheter in three groups, a label-only row over each, '
        '"Summa <group>" rows and "Summa nämnden", two net-income units negative in every '
        "column; it breaks from page 3 to 4 right under the third group's label row, which is "
        "left alone at the foot of page 3 while its six units, its Summa row and Summa nämnden "
        'stand on page 4 under "Driftredovisning per verksamhet, tkr (forts.)"; six goals as a '
        'numbered list before the tables, each with "Prognos helår: Uppnås / Uppnås delvis / '
        'Uppnås inte."; running header "Tekniska nämnden" and footer "Sida n av 4"',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Ludvika kommun\nMånadsuppföljning per oktober 2026\nTekniska nämnden\n"
            "Period: januari–oktober 2026",
        )
    )

    groups = [(g, units, sums(units)) for g, units in DRIFT]
    tot = [sum(s[j] for _g, _u, s in groups) for j in range(3)]
    dev = tot[0] - tot[2]
    assert dev == -8_250, (tot, dev)
    gdev = {g: s[0] - s[2] for g, _u, s in groups}
    assert gdev == {
        "Gator, trafik och park": -4_650,
        "Fastighet och lokalförsörjning": -2_980,
        "Service och gemensamt": -620,
    }, gdev

    d.h(1, "Sammanfattning", "1")
    d.p(
        "Tekniska nämnden ansvarar för gator, trafik och parker, kommunens verksamhetslokaler, "
        "lokalvård, måltidsverksamhet, fordon, mark och skog samt kart- och mätverksamhet. "
        "Månadsuppföljningen avser perioden januari–oktober 2026 och innehåller en prognos för "
        "helåret."
    )
    d.p(
        f"Nämnden prognostiserar ett underskott om {fmt_tkr(-dev)} tkr för helåret, en "
        "försämring med 1 730 tkr sedan uppföljningen per augusti. Underskottet beror främst på "
        "vintern i början av året, ett eftersatt underhåll som inte kan skjutas upp och fler "
        "tomma lokaler efter att två skolor flyttat in i den nya skolan i Marnäs. Av nämndens "
        "sex mål bedöms två uppnås, två uppnås delvis och två inte uppnås."
    )
    d.p("Viktiga händelser under perioden:")
    d.bullets(
        "Den nya grundskolan i Marnäs togs i bruk vid terminsstarten i augusti; Knutsbo- och "
        "Väsmanskolans gamla lokaler står tomma i väntan på försäljning.",
        "Beläggningsprogrammet har reviderats och tre sträckor flyttas till 2027.",
        "Ett nytt avtal för drift och underhåll av gatubelysningen upphandlas och börjar gälla "
        "den 1 april 2027.",
        "Måltidsverksamheten har infört gemensam matsedel för förskola och skola.",
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämnden har sex mål för 2026. Prognosen avser måluppfyllelsen vid årets slut och anges "
        "som Uppnås, Uppnås delvis eller Uppnås inte."
    )
    words = []
    for i, (title, status, comment) in enumerate(GOALS, 1):
        d.goal(title, status)
        words.append(f"{i}. {title}\nPrognos helår: {WORDS[status]}. {comment}")
    d.add(Custom("goals", {}, words="\n\n".join(words)))

    d.h(1, "Verksamhet och nyckeltal", "3")
    d.p(
        "Avsnittet beskriver verksamheten under januari–oktober per verksamhetsområde. "
        "Nyckeltalen för hela nämnden redovisas i tabellen i slutet av avsnittet."
    )
    d.h(2, "Gator, trafik och park", "3.1")
    d.p(
        "Vintern var snörik fram till mitten av mars, och antalet utryckningar för snöröjning "
        "under januari–mars var fler än under hela vintersäsongen året innan. Hösten har hittills "
        "varit mild. Felanmälningarna om gator och gång- och cykelvägar har minskat, vilket till "
        "stor del förklaras av att potthål lagas snabbare sedan en egen lagningspatrull infördes "
        "i maj. Ombyggnaden av Storgatan mellan Lyviksbergsvägen och resecentrum blev klar i "
        "september, en månad senare än planerat."
    )
    d.p(
        "Parkerna har haft en god säsong. Två lekplatser, i Ludvika Gård och i Blötberget, har "
        "byggts om och invigdes i juni. Badplatserna har haft badvakter under sex veckor och "
        "vattenproverna har inte visat några anmärkningar."
    )
    d.h(2, "Fastighet och lokalförsörjning", "3.2")
    d.p(
        "Inom fastighet har energianvändningen fortsatt att minska. Det planerade underhållet "
        "ligger närmare årsplanen än tidigare år, eftersom fler arbeten upphandlades redan under "
        "vintern. Ytan tomma lokaler har ökat när skolorna i Knutsbo och Väsman lämnades i "
        "augusti. Lokalvården har gått över till kemikaliefri städning i förskolorna och "
        "arbetar med schemaläggning som ger fler medarbetare heltid. Besiktningen av samtliga lekplatser på skolgårdar genomfördes i "
        "maj utan allvarliga anmärkningar."
    )
    d.h(2, "Måltid och service", "3.3")
    d.p(
        "Måltidsverksamheten serverar ungefär lika många portioner som i fjol. Matsvinnet i "
        "skolan har minskat för tredje året i rad efter att tallrikssvinnet börjat vägas varje "
        "vecka på alla skolor. Livsmedelskostnaden per portion har ökat med 3,5 procent. "
        "Fordonsverkstaden har fått fler uppdrag från andra förvaltningar, men intäkterna täcker "
        "inte de ökade kostnaderna för reservdelar."
    )
    d.p(
        "Nyckeltalen avser perioden januari–oktober respektive år, om inte annat anges. "
        "Målvärdena avser helåret 2026."
    )
    krows: list[Row] = []
    for g, items in KPIS:
        krows.append(Row(g, [None] * 4, heading=True))
        for name, a, b, c, target, f in items:
            krows.append(Row(name, [a, b, c, Raw(target)], fmt=f))
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KCOLS,
            rows=krows,
            kind="kpi",
            caption="Nyckeltal januari–oktober",
            note="Energianvändningen är normalårskorrigerad.",
            label_width=3.9,
            style="split",
        )
    )

    d.h(1, "Ekonomi", "4")
    d.p(
        f"Nämndens budget för 2026 är {fmt_tkr(tot[0])} tkr netto. Utfallet för januari–oktober "
        f"är {fmt_tkr(tot[1])} tkr och prognosen för helåret {fmt_tkr(tot[2])} tkr, ett "
        f"underskott om {fmt_tkr(-dev)} tkr mot budget."
    )
    d.p(
        "Inom gator, trafik och park beror underskottet på vinterväghållningen, som redan i "
        "oktober har förbrukat nästan hela årets budget, och på högre kostnader för "
        "beläggningsarbeten. Parkeringsintäkterna blir lägre än budgeterat sedan "
        "avgiftsändringen i centrum sköts upp. Inom fastighet och lokalförsörjning ger de tomma "
        "skollokalerna kostnader för uppvärmning, bevakning och kapitaltjänst, och "
        "hyresintäkterna från de förvaltade fastigheterna blir lägre när lokalerna inte längre "
        "hyrs ut internt. Måltidsverksamheten har högre livsmedelspriser än budgeterat, medan "
        "skogsintäkterna blir högre tack vare goda virkespriser."
    )
    d.p("De största avvikelserna mot budget i prognosen för helåret är:")
    d.bullets(
        "Vinterväghållning, −2 700 tkr: snörik vinter med 19 utryckningar fram till oktober.",
        "Förvaltade fastigheter och tomma lokaler, sammanlagt −2 550 tkr: lägre internhyror och "
        "kostnader för de lämnade skolorna i Knutsbo och Väsman.",
        "Planerat underhåll, −1 300 tkr: akut byte av tak på Lorentsbergs förskola.",
        "Måltidsverksamheten, −1 250 tkr: högre livsmedelspriser än budgeterat.",
        "Energi och media, +1 200 tkr: lägre elpris och minskad energianvändning.",
    )
    d.p(
        "Prognosen har försämrats med 1 730 tkr sedan uppföljningen per augusti, främst för "
        "tomma lokaler och takbytet på Lorentsbergs förskola. Driftredovisningen nedan visar "
        "nettokostnaden per verksamhet."
    )
    rows: list[Row] = []
    for g, units, s in groups:
        rows.append(Row(g, [None] * 4, heading=True))
        for n, b, u, p in units:
            rows.append(Row(n, [b, u, p, b - p], indent=1))
        rows.append(Row(f"Summa {g.lower()}", [*s, s[0] - s[2]], total=True))
    rows.append(Row("Summa nämnden", [*tot, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–okt 2026")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet, tkr",
            fmt=TKR,
            note="Nettokostnad. Avvikelse = budget minus prognos helår; ett negativt belopp är ett "
            "underskott. Förvaltade fastigheter och Mark och skog har ett nettoöverskott, som "
            "redovisas med minustecken.",
            label_width=3.2,
            style="split",
        )
    )
    d.h(2, "Åtgärder för en ekonomi i balans", "4.1")
    d.p(
        "Förvaltningen har sedan september ett anställningsstopp för tjänster som inte är "
        "direkt verksamhetskritiska. Planerat underhåll om 1 200 tkr på förvaltningsbyggnaden "
        "har skjutits till 2027, och de tomma skollokalerna i Knutsbo ska vara sålda eller "
        "uthyrda senast under våren 2027. Nämnden föreslås begära att kommunstyrelsen "
        "kompenserar nämnden för kostnaderna för de tomma lokalerna, som uppstått genom "
        "kommunfullmäktiges beslut om skolstrukturen."
    )
    d.h(1, "Personal", "5")
    d.p(
        "Förvaltningen hade 312 tillsvidareanställda medarbetare den 31 oktober, sex färre än vid "
        "årsskiftet. Rekryteringen av två projektledare för gatuombyggnader pågår. Den korta "
        "sjukfrånvaron inom lokalvården följs upp i samverkan med företagshälsovården."
    )
    return d


class CapTable(Flowable):
    """A table with its caption above it; where the table breaks over a page, the part on the
    next page gets the caption again with "(forts.)" (the table's heading row is repeated by
    the table itself)."""

    def __init__(self, caption: str, style: Any, tbl: Any, first: bool = True) -> None:
        super().__init__()
        self.caption, self.cstyle, self.tbl, self.first = caption, style, tbl, first
        self.cap = Paragraph(escape(caption + ("" if first else FORTS)), style)
        self.gap = 3

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _w, self.ch = self.cap.wrap(aw, ah)
        _tw, self.th = self.tbl.wrap(aw, ah - self.ch - self.gap)
        self.width = aw
        return aw, self.ch + self.gap + self.th

    def draw(self) -> None:
        self.cap.drawOn(self.canv, 0, self.th + self.gap)
        self.tbl.drawOn(self.canv, 0, 0)

    def split(self, aw: float, ah: float) -> list:
        _w, ch = self.cap.wrap(aw, ah)
        parts = self.tbl.split(aw, ah - ch - self.gap)
        if len(parts) < 2:
            return []
        out = [CapTable(self.caption, self.cstyle, parts[0], self.first)]
        out += [CapTable(self.caption, self.cstyle, p, False) for p in parts[1:]]
        return out


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.6,
        "hcolor": INK,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": "Tekniska nämnden\t\tMånadsuppföljning per oktober 2026",
        "footer": "Ludvika kommun\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    cap_style = rl.ParagraphStyle("capx", parent=r.styles["caption"], spaceBefore=0, spaceAfter=0)

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def table(t: Table, width: float | None = None) -> list:
        if t.style != "split":
            return rl.RLDoc.table(r, t, width)
        t2 = copy.copy(t)
        t2.caption = None
        fl = rl.RLDoc.table(r, t2, width)
        tbl = fl[0]
        # group rows shaded
        cmds = []
        for i, row in enumerate(t.rows, 1):
            if row.heading:
                cmds.append(("BACKGROUND", (0, i), (-1, i), GROUP_BG))
        tbl.setStyle(rl.TableStyle(cmds))
        return [rl.Spacer(1, 4), CapTable(t.caption or "", cap_style, tbl), *fl[1:]]

    r.table = table  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=20, leading=25)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=12.5, leading=15, textColor=INK
        )
        return [
            Paragraph("Ludvika kommun", logo),
            rl.Spacer(1, 12),
            Paragraph("Månadsuppföljning per oktober 2026", big),
            Paragraph("Tekniska nämnden", sub),
            p("Period: januari–oktober 2026", "meta"),
            rl.Spacer(1, 8),
        ]

    def goals(_b: Custom) -> list:
        tst = rl.ParagraphStyle("gt", parent=r.styles["body"], fontName="LiberationSans-Bold",
                                leftIndent=16, firstLineIndent=-16, spaceAfter=1, keepWithNext=1)  # fmt: skip
        cst = rl.ParagraphStyle("gc", parent=r.styles["body"], leftIndent=16, spaceAfter=7)
        out: list = []
        for i, (title, status, comment) in enumerate(GOALS, 1):
            out.append(Paragraph(f"{i}.&nbsp;&nbsp;{escape(title)}", tst))
            out.append(Paragraph(f"Prognos helår: <b>{WORDS[status]}</b>. {escape(comment)}", cst))
        return out

    r.custom.update(masthead=masthead, goals=goals)
    _ = W
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Tjörn, Socialnämnden, a DRAFT delårsrapport januari–augusti 2026 exported from Word with all
markup shown, as a secretary sends a draft round for comments. Each PDF page is an A4 sheet on
which the Word page is scaled to about 75 % and set at the left, and a grey markup area on the
right holds the balloons: comment balloons ("Kommenterad [AN1]: Stämmer siffran med ekonomi?")
and formatting/deletion balloons ("Formaterat: Rubrik 3", "Borttaget: 2025"), each joined by a
thin dotted line to the words it belongs to (commented words are shaded). In the body, inserted
text is underlined and coloured, deleted text is struck through in red, and a change bar stands
in the left margin beside every changed line. The report as the key reads it is the report with
all changes ACCEPTED: insertions in, deletions out, comments and balloons not part of the text.

The markup is written inline in the strings: {+inserted+}, {-deleted-}, **bold**, and
<ID>anchored words</> for the words a balloon points at (<ID></> for a point). A deleted word and
the word inserted for it stand next to each other with a small gap (a quarter em), so the page
reads "89 94 %" with 89 struck through and 94 underlined."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from .. import rl  # noqa: F401  (registers the fonts)
from ..model import Col, Custom, Doc, H, NumFmt, P, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
N0 = NumFmt()

MUNI = "Tjörns kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"

FONT = "Carlito"
INK = colors.HexColor("#1A1A1A")
HEAD = colors.HexColor("#2F5496")  # Word's heading blue
GREY = colors.HexColor("#595959")
INS = colors.HexColor("#1F3FBF")  # inserted text: underlined, blue
DEL = colors.HexColor("#C00000")  # deleted text: struck through, red
AREA = colors.HexColor("#E4E4E4")  # the markup area
AUTHOR = {"AN": colors.HexColor("#C0504D"), "LK": colors.HexColor("#4F81BD")}
TINT = {"AN": colors.HexColor("#F6DEDD"), "LK": colors.HexColor("#DCE6F2")}

PW, PH = A4  # the Word page, before scaling
MARKUP_W = 200  # width of the markup area, in the Word page's units
SCALE = PW / (PW + MARKUP_W)  # about 0.75
LM = RM = 2.5 * 28.3465  # Word's 2,5 cm margins
TM = BM = 2.5 * 28.3465
BODY_W = PW - LM - RM

WORDS = {
    "Uppnås": "expected_achieved",
    "Uppnås delvis": "partly",
    "Uppnås inte": "expected_not_achieved",
}

# balloon id -> (kind, author, text); comments are numbered in document order as Word does
BALLOONS = {
    "D1": ("del", "AN", "2025"),
    "AN1": ("comment", "AN", "Stämmer siffran med ekonomi?"),
    "LK2": ("comment", "LK", "Gäller det även 1:e socialsekreterare? Kolla med enhetschefen."),
    "LK3": (
        "comment",
        "LK",
        "Ändrat till delvis efter dialog med IFO-chefen 4/9. Målvärdet nås inte i år.",
    ),
    "F1": ("fmt", "LK", "Rubrik 3"),
    "AN4": ("comment", "AN", "Ombyggnaden klar i februari 2027 enligt fastighetsavdelningen."),
    "LK5": (
        "comment",
        "LK",
        "Målet utgick i budget 2026 (KF 2025-11-20 § 147), så jag tar bort det här.",
    ),
    "AN6": (
        "comment",
        "AN",
        "Borde det stå Uppnås inte? Nöjdheten har sjunkit två år i rad.",
    ),
    "F2": ("fmt", "AN", "Teckensnitt: Fet"),
    "D2": ("del", "AN", "2025"),
    "AN7": ("comment", "AN", "Ny körning ur Treserva 2026-09-03, 94 % är rätt."),
    "F3": ("fmt", "LK", "Formaterad tabell"),
    "LK8": (
        "comment",
        "LK",
        "Placeringarna ökade i juli–augusti. Ska vi skriva mer om det i texten?",
    ),
    "D3": ("del", "LK", "Nämnden får en särskild rapport om placeringarna i oktober."),
}

# ------------------------------------------------------------------ the report's content

KPIS = [
    # (name, jan–aug 2025, jan–aug 2026, target, fmt, state, old 2026 value, balloon)
    (
        "Andel hushåll som gått vidare till arbete eller studier efter avslutat försörjningsstöd",
        24,
        27,
        "≥ 30 %",
        PCT,
        None,
        None,
        None,
    ),
    ("Antal hushåll med försörjningsstöd, snitt per månad", 118, 109, "–", N0, None, None, None),
    (
        "Andel barnavårdsutredningar avslutade inom 120 dagar",
        82,
        94,
        "≥ 90 %",
        PCT,
        None,
        89,
        "AN7",
    ),
    ("Antal placerade barn och unga, snitt per månad", 31, 36, "–", N0, "ins", None, None),
    ("Genomsnittlig väntetid till särskilt boende, dagar", 54, 71, "≤ 60", N0, None, None, None),
    ("Andel nöjda brukare i hemtjänsten", 86, 84, "≥ 90 %", PCT, None, None, None),
    ("Antal nya familjehem", 5, 4, "8", N0, "del", None, None),
    ("Sjukfrånvaro bland medarbetarna", 8.9, 7.6, "≤ 8,0 %", PCT1, None, None, None),
]

DRIFT = [
    # (verksamhet, budget 2026, utfall jan–aug, prognos 2026, state, old prognos, balloon)
    ("Nämnd och förvaltningsledning", 14_600, 9_380, 14_200, None, None, None),
    ("Individ- och familjeomsorg", 58_300, 41_920, 61_700, None, 60_900, "LK8"),
    ("Försörjningsstöd", 12_400, 8_710, 13_100, None, None, None),
    ("Hemtjänst", 96_800, 65_140, 98_300, None, None, None),
    ("Särskilt boende", 162_500, 107_830, 161_900, None, None, None),
    ("Hälso- och sjukvård", 41_700, 27_950, 41_300, None, None, None),
    ("Funktionsstöd", 118_200, 78_060, 117_400, None, None, None),
    ("Arbetsmarknadsenhet", 8_900, 5_960, 9_200, "del", None, None),
]


def drift_sums() -> tuple[list[int], list[int]]:
    """(accepted sums, the earlier draft's sums) of budget, utfall, prognos."""
    new = [sum(r[j] for r in DRIFT if r[4] != "del") for j in (1, 2, 3)]
    old = [
        sum((r[5] if j == 3 and r[5] else r[j]) for r in DRIFT if r[4] != "ins") for j in (1, 2, 3)
    ]
    return new, old


NEW, OLD = drift_sums()
assert NEW == [504_500, 338_990, 507_900], NEW
assert NEW[0] - NEW[2] == -3_400 and OLD[0] - OLD[2] == -2_900, (NEW, OLD)

# Each page of the Word document: a list of items. ("goal", title, status line, key status,
# comment, deleted?) is one goal.
PAGES: list[list[tuple]] = [
    [
        ("mast",),
        ("meta", "Dnr SN 2026/88 · Behandlas av socialnämnden den 24 september 2026"),
        ("h1", "1 Sammanfattning"),
        (
            "p",
            "Socialnämnden redovisar i delårsrapporten verksamhet, måluppfyllelse och ekonomi "
            "för perioden januari–augusti <D1>{-2025-}</>{+2026+} samt en prognos för helåret. "
            "Av nämndens {-sex-}{+fem+} mål bedöms två uppnås, {-tre-}{+två+} delvis uppnås och "
            "ett inte uppnås vid årets slut.",
        ),
        (
            "p",
            "Prognosen för helåret är ett underskott om <AN1>{-2 900-}{+3 400+} tkr</>, vilket "
            "motsvarar 0,7 procent av nämndens budget. Underskottet finns främst inom individ- "
            "och familjeomsorgen, där kostnaderna för placeringar av barn och unga har ökat "
            "kraftigt under sommaren{+, och inom hemtjänsten+}. Särskilt boende och "
            "funktionsstöd redovisar överskott som delvis väger upp.",
        ),
        (
            "p",
            "Väntetiden till särskilt boende har ökat sedan tolv platser på boendet i Skärhamn "
            "stängdes för ombyggnad, och nöjdheten i hemtjänsten har sjunkit något. "
            "Barnavårdsutredningarna avslutas däremot i tid sedan barn- och ungdomsgruppen är "
            "fullt bemannad{+, och sjukfrånvaron bland medarbetarna är den lägsta på fem år+}.",
        ),
        ("h1", "2 Verksamhetens förutsättningar"),
        (
            "p",
            "Socialnämnden ansvarar för individ- och familjeomsorg, försörjningsstöd, "
            "äldreomsorg, den kommunala hälso- och sjukvården samt stöd och service till "
            "personer med funktionsnedsättning. {+Arbetsmarknadsenheten flyttades till "
            "kommunstyrelsen den 1 januari 2026 och redovisas inte längre här.+}",
        ),
        (
            "p",
            "Antalet invånare över 80 år på Tjörn ökade med 4,6 procent det senaste året, och "
            "efterfrågan på hemtjänst fortsätter att öka. I augusti hade 412 personer beviljad "
            "hemtjänst, att jämföra med 389 ett år tidigare. Kön till särskilt boende har vuxit "
            "sedan ombyggnaden av boendet i Skärhamn påbörjades i mars.",
        ),
        (
            "p",
            "Inom individ- och familjeomsorgen har antalet orosanmälningar för barn och unga "
            "ökat med {-18-}{+22+} procent jämfört med samma period 2025. Rekryteringen av "
            "socialsekreterare har förbättrats, och sedan juni är <LK2>samtliga tjänster</> i "
            "barn- och ungdomsgruppen tillsatta med {+egen+} personal i stället för konsulter.",
        ),
        ("h1", "3 Måluppfyllelse"),
        (
            "p",
            "Nämndens mål för 2026 utgår från kommunfullmäktiges målområden Trygg och "
            "hälsosam uppväxt, Ett gott liv hela livet och Attraktiv arbetsgivare. För varje "
            "mål anges nämndens bedömning av måluppfyllelsen vid årets slut: uppnås, uppnås "
            "delvis eller uppnås inte. Nyckeltalen redovisas i avsnitt 4.",
        ),
    ],
    [
        (
            "goal",
            "Fler personer med försörjningsstöd ska gå vidare till arbete eller studier",
            "Uppnås<LK3>{+ delvis+}</>",
            "partly",
            "Under januari–augusti gick 27 procent av hushållen som avslutade försörjningsstöd "
            "vidare till arbete eller studier, jämfört med 24 procent samma period förra året. "
            "{-Målvärdet 30 procent bedöms nås under hösten.-}{+Ökningen är tydlig, men "
            "målvärdet 30 procent bedöms inte nås under året eftersom arbetsmarknaden för "
            "personer utan gymnasieutbildning har försvagats.+} Samarbetet med "
            "arbetsmarknadsenheten fortsätter genom gemensamma handläggare.",
            False,
        ),
        (
            "goal",
            "<F1>Utredningar om barn och unga ska {-slutföras-}{+avslutas+} inom lagstadgad tid</>",
            "Uppnås{- delvis-}",
            "expected_achieved",
            "Andelen barnavårdsutredningar som avslutades inom fyra månader ökade till "
            "{-89-}{+94+} procent. Sedan alla tjänster tillsattes i juni har samtliga "
            "utredningar avslutats i tid, och nämnden bedömer att målvärdet 90 procent nås "
            "för helåret.",
            False,
        ),
        (
            "goal",
            "Väntetiden till särskilt boende ska minska",
            "{-Uppnås delvis-}{+Uppnås inte+}",
            "expected_not_achieved",
            "Den genomsnittliga väntetiden från beslut till erbjudande om plats var 71 dagar "
            "under perioden, jämfört med 54 dagar 2025. Ombyggnaden av boendet i Skärhamn har "
            "minskat antalet platser med tolv fram till <AN4>{-november-}{+februari 2027+}</>, "
            "och kön bedöms inte minska under året.",
            False,
        ),
        (
            "goal",
            "<LK5>Fler familjehem ska rekryteras inom kommunen</>",
            "Uppnås inte",
            None,
            "Under perioden har fyra nya familjehem godkänts, jämfört med fem samma period "
            "2025. Rekryteringskampanjen tillsammans med Stenungsund och Orust har gett färre "
            "intresseanmälningar än väntat.",
            True,
        ),
        (
            "goal",
            "Äldre med hemtjänst ska vara nöjda med {-sin hemtjänst-}{+det stöd de får+}",
            "<AN6>Uppnås delvis</>",
            "partly",
            "I brukarundersökningen i våras svarade 84 procent av dem som har hemtjänst att de "
            "är nöjda med stödet, jämfört med 86 procent 2025. Kontinuiteten har förbättrats "
            "efter att hemtjänsten på norra Tjörn delades i två mindre grupper, och nämnden "
            "bedömer att nöjdheten kan öka till höstens uppföljning.",
            False,
        ),
    ],
    [
        (
            "goal",
            "Medarbetarna ska ha en hållbar arbetsmiljö och en låg sjukfrånvaro",
            "<F2>Uppnås</>",
            "expected_achieved",
            "Sjukfrånvaron för januari–augusti var 7,6 procent, jämfört med 8,9 procent samma "
            "period 2025, och ligger under målvärdet 8,0 procent. Minskningen är störst inom "
            "särskilt boende, där schemaläggningen har gjorts om med fler heltider{+ och färre "
            "delade turer+}.",
            False,
        ),
        ("h1", "4 Nyckeltal"),
        (
            "p",
            "Tabellen visar nämndens nyckeltal för januari–augusti 2025 och 2026. "
            "Brukarundersökningen genomförs under våren; övriga värden avser perioden "
            "januari–augusti respektive år.",
        ),
        ("kpi",),
        (
            "p",
            "Antalet hushåll med försörjningsstöd fortsätter att minska, medan antalet "
            "placerade barn och unga har ökat {-något-}{+tydligt+}, vilket förklarar det "
            "ekonomiska underskottet inom individ- och familjeomsorgen. Väntetiden till "
            "särskilt boende är det nyckeltal som ligger längst från sitt målvärde.",
        ),
    ],
    [
        ("h1", "5 Ekonomi"),
        (
            "p",
            "Nämndens budgetram för 2026 är 504 500 tkr. Utfallet för januari–augusti är "
            "338 990 tkr, vilket motsvarar 67,2 procent av budgeten efter åtta månader. "
            "Prognosen för helåret är 507 900 tkr, ett underskott om {-2 900-}{+3 400+} tkr.",
        ),
        ("drift",),
        (
            "p",
            "Individ- och familjeomsorgen prognostiserar ett underskott om 3 400 tkr. Antalet "
            "placerade barn och unga har i genomsnitt varit 36 per månad, fem fler än samma "
            "period 2025, och två placeringar på HVB under sommaren kostar tillsammans omkring "
            "1 900 tkr för resten av året. Försörjningsstödet visar ett underskott om 700 tkr "
            "trots färre hushåll, eftersom utbetalningarna per hushåll har ökat.",
        ),
        (
            "p",
            "Hemtjänsten har ett underskott om 1 500 tkr till följd av fler beviljade timmar "
            "än budgeterat. Särskilt boende redovisar ett överskott om 600 tkr eftersom tolv "
            "platser har varit stängda under ombyggnaden, och funktionsstödet ett överskott om "
            "800 tkr genom vakanta tjänster och ett senarelagt gruppboende. Hälso- och "
            "sjukvården och förvaltningsledningen visar tillsammans ett överskott om 800 tkr.",
        ),
        ("h1", "6 Åtgärder och framåtblick"),
        (
            "p",
            "Förvaltningen har infört anställningsprövning för alla tjänster utom inom vård "
            "och omsorg, och {+från oktober+} prövas varje ny placering av barn och unga i ett "
            "särskilt placeringsteam.<D3>{- Nämnden får en särskild rapport om placeringarna "
            "i oktober.-}</>",
        ),
        (
            "p",
            "Inför 2027 väntas behovet av hemtjänst och särskilt boende fortsätta att öka. "
            "Nämnden kommer att följa upp prognosen vid sitt sammanträde i november och "
            "redovisa ytterligare åtgärder om underskottet inte minskar.",
        ),
    ],
]

# ------------------------------------------------------------------ markup strings

TOK = re.compile(r"\{\+|\+\}|\{-|-\}|<([A-Z]+\d+)>|</>|\*\*")


@dataclass
class Piece:
    text: str
    ins: bool = False
    dele: bool = False
    bold: bool = False
    anchor: str | None = None


def parse(m: str, bold: bool = False, ins: bool = False, dele: bool = False) -> list[Piece]:
    out: list[Piece] = []
    anc: str | None = None
    pos = 0
    for mt in TOK.finditer(m):
        if mt.start() > pos:
            out.append(Piece(m[pos : mt.start()], ins, dele, bold, anc))
        t = mt.group(0)
        if t == "{+":
            ins = True
        elif t == "+}":
            ins = False
        elif t == "{-":
            dele = True
        elif t == "-}":
            dele = False
        elif t == "**":
            bold = not bold
        elif t == "</>":
            if anc and not any(p.anchor == anc for p in out):
                out.append(Piece("", ins, dele, bold, anc))  # a point, not a range
            anc = None
        else:
            anc = mt.group(1)
        pos = mt.end()
    if pos < len(m):
        out.append(Piece(m[pos:], ins, dele, bold, anc))
    return out


def accepted(m: str) -> str:
    s = "".join(p.text for p in parse(m) if not p.dele)
    assert "  " not in s and s == s.strip(), repr(s)
    return s


def balloon_ids(m: str) -> list[str]:
    return re.findall(r"<([A-Z]+\d+)>", m)


# ------------------------------------------------------------------ the document as data


def kpi_table() -> Table:
    rows = [
        Row(name, [a, b, Raw(t)], fmt=f)
        for name, a, b, t, f, state, _old, _bal in KPIS
        if state != "del"
    ]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Jan–aug 2025",), year="2025"),
            Col(("Jan–aug 2026",), year="2026"),
            Col(("Mål 2026",), year=None),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal januari–augusti",
        note="Källa: Kolada, Treserva och personalsystemet. Nöjdhet: brukarundersökningen "
        "våren respektive år.",
    )


DRIFT_COLS = ["Budget 2026", "Utfall jan–aug", "Prognos 2026", "Avvikelse"]


def drift_table() -> Table:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p, state, _o, _b in DRIFT if state != "del"]
    rows.append(Row("Summa nämnden", [*NEW, NEW[0] - NEW[2]], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[Col((h,)) for h in DRIFT_COLS],
        rows=rows,
        kind="unit",
        caption="Tabell 2. Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Avvikelse = budget minus prognos; negativt belopp = underskott.",
    )


HARD = (
    "a draft exported from Word with all markup shown: every PDF page is an A4 sheet on which "
    "the Word page is scaled to 75 % at the left, and a grey markup area on the right holds "
    'comment balloons ("Kommenterad [AN1]: Stämmer siffran med ekonomi?", "Kommenterad '
    '[AN6]: Borde det stå Uppnås inte? …" beside a goal assessed "Uppnås delvis") and '
    'formatting/deletion balloons ("Formaterat: Rubrik 3", "Formaterad tabell", "Borttaget: '
    '2025"), each joined by a thin dotted line to its words; in the body inserted text is '
    "underlined in blue and deleted text struck through in red (a change bar beside each "
    "changed line), and the key is the report with the changes accepted: assessments changed "
    'by markup ("Uppnås" + inserted " delvis" = partly; "Uppnås" + deleted " delvis" = uppnås; '
    '"Uppnås delvis" struck and "Uppnås inte" inserted), goal titles with a word struck and '
    "its replacement inserted, a whole sixth goal struck through (heading, assessment and text; "
    "not in the key), a KPI value replaced in its cell (89 struck, 94 inserted), an inserted "
    "KPI row and a struck one, a drift table (Budget 2026 | Utfall jan–aug | Prognos 2026 | "
    "Avvikelse, tkr, budget minus prognosis) with a struck row (Arbetsmarknadsenhet, moved to "
    "kommunstyrelsen) and every Summa cell and one prognosis given twice, the old value struck "
    "and the new inserted, so only the accepted values add up; KPI columns Jan–aug 2025 | "
    'Jan–aug 2026 | Mål 2026; the municipality as "Tjörns kommun" in the masthead and the '
    "running header"
)


def build() -> Doc:
    d = Doc(
        stem="tjorn-socialnamnden-delarsrapport-2026-08",
        municipality="Tjörn",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, a draft delårsrapport januari–augusti 2026 exported from Word with "
        "tracked changes and comments shown in a markup area (reportlab, Carlito)",
        hard=HARD,
    )
    d.options["pdf_title"] = "Delårsrapport SN jan-aug 2026 UTKAST"
    d.options["pdf_creator"] = "Microsoft® Word för Microsoft 365"
    seen: list[str] = []
    for page in PAGES:
        for it in page:
            for s in it[1:]:
                if isinstance(s, str):
                    seen += balloon_ids(s)
            kind = it[0]
            if kind == "mast":
                d.add(Custom("mast", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
            elif kind == "meta":
                d.add(P(accepted(it[1]), "meta"))
            elif kind == "h1":
                d.add(H(1, accepted(it[1]), toc=False))
            elif kind == "p":
                s = accepted(it[1])
                if s:
                    d.add(P(s))
            elif kind == "goal":
                _k, title, line, status, text, deleted = it
                if deleted:
                    continue
                word = accepted(line)
                assert WORDS[word] == status, (word, status)
                d.goal(accepted(title), status)
                d.add(H(2, accepted(title), toc=False))
                d.add(P(f"Bedömning helår: {word}"))
                d.add(P(accepted(text)))
            elif kind == "kpi":
                t = kpi_table()
                d.add(Custom("table", {"table": t}, words=t.text()))
                seen += [k[7] for k in KPIS if k[7]] + ["D2", "F3"]
            elif kind == "drift":
                t = drift_table()
                d.add(Custom("table", {"table": t}, words=t.text()))
                seen += [k[6] for k in DRIFT if k[6]]
    comments = [b for b in seen if BALLOONS[b][0] == "comment"]
    assert [int(re.sub(r"\D", "", b)) for b in comments] == list(range(1, len(comments) + 1))
    assert sorted(seen) == sorted(BALLOONS), (seen, list(BALLOONS))
    return d


# ------------------------------------------------------------------ drawing


def fname(bold: bool) -> str:
    return f"{FONT}-Bold" if bold else FONT


@dataclass
class Tok:
    text: str
    p: Piece
    space: bool
    x: float = 0.0
    w: float = 0.0


GAP = 0.25  # em between a struck run and the run next to it inside one word


def layout(pieces: list[Piece], width: float, size: float) -> list[list[Tok]]:
    """Greedy line breaking at spaces; returns lines of positioned tokens (x from 0)."""
    toks: list[Tok] = []
    for p in pieces:
        if p.text == "":
            toks.append(Tok("", p, False))
            continue
        for part in re.split(r"( +)", p.text):
            if part:
                toks.append(Tok(part, p, part.startswith(" ")))
    # group into words (runs of non-space tokens) and spaces
    units: list[list[Tok]] = []
    for t in toks:
        if t.space or not units or units[-1][0].space:
            units.append([t])
        else:
            units[-1].append(t)
    lines: list[list[Tok]] = [[]]
    x = 0.0

    def unit_w(u: list[Tok]) -> float:
        w = 0.0
        for i, t in enumerate(u):
            t.w = stringWidth(t.text, fname(t.p.bold), size)
            if i and t.text and u[i - 1].text and t.p.dele != u[i - 1].p.dele:
                w += GAP * size
            w += t.w
        return w

    for u in units:
        w = unit_w(u)
        if u[0].space:
            if lines[-1]:
                for t in u:
                    t.x = x
                lines[-1].extend(u)
                x += w
            continue
        if x + w > width and any(not t.space for t in lines[-1]):
            while lines[-1] and lines[-1][-1].space:  # no trailing space on a line
                x -= lines[-1].pop().w
            lines.append([])
            x = 0.0
        for i, t in enumerate(u):
            if i and t.text and u[i - 1].text and t.p.dele != u[i - 1].p.dele:
                x += GAP * size
            t.x = x
            x += t.w
        lines[-1].extend(u)
    while lines[-1] and lines[-1][-1].space:
        lines[-1].pop()
    return lines


def line_width(line: list[Tok]) -> float:
    return max((t.x + t.w for t in line), default=0.0)


class Page:
    """One Word page drawn in its own units (0..PW × 0..PH) under the sheet's scaling."""

    def __init__(self, c: rl_canvas.Canvas) -> None:
        self.c = c
        self.y = PH - TM
        self.anchors: dict[str, tuple[float, float]] = {}  # id -> end point (x, baseline)
        self.shade: list[tuple[str, float, float, float, float]] = []

    def draw_lines(
        self,
        lines: list[list[Tok]],
        x0: float,
        ytop: float,
        size: float,
        leading: float,
        color=INK,
        align: str = "left",
        width: float = 0.0,
    ) -> float:
        """Draw laid-out lines with the first baseline at ytop - size; returns the height."""
        c = self.c
        y = ytop - size
        for line in lines:
            dx = {"left": 0.0, "right": width - line_width(line)}[align]
            changed = False
            for t in line:
                x = x0 + dx + t.x
                if t.p.anchor:
                    au = t.p.anchor
                    if BALLOONS[au][0] == "comment" and t.w:
                        c.setFillColor(TINT[BALLOONS[au][1]])
                        c.rect(x, y - size * 0.25, t.w, size * 1.1, stroke=0, fill=1)
                    self.anchors[au] = (x + t.w, y)
                if not t.text:
                    continue
                col = DEL if t.p.dele else INS if t.p.ins else color
                changed |= t.p.dele or t.p.ins
                if not t.space:
                    c.setFillColor(col)
                    c.setFont(fname(t.p.bold), size)
                    c.drawString(x, y, t.text)
                c.setStrokeColor(col)
                c.setLineWidth(max(0.5, size * 0.055))
                if t.p.ins:
                    c.line(x, y - size * 0.13, x + t.w, y - size * 0.13)
                if t.p.dele:
                    c.line(x, y + size * 0.3, x + t.w, y + size * 0.3)
            if changed:  # Word's change bar in the left margin
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.8)
                c.line(LM - 14, y - size * 0.25, LM - 14, y + size * 0.9)
            y -= leading
        return leading * len(lines)

    def para(
        self,
        m: str,
        size: float = 11,
        leading: float | None = None,
        bold: bool = False,
        color=INK,
        after: float = 7,
        before: float = 0,
        dele: bool = False,
    ) -> None:
        leading = leading or size * 1.22
        lines = layout(parse(m, bold=bold, dele=dele), BODY_W, size)
        self.y -= before
        self.y -= self.draw_lines(lines, LM, self.y, size, leading, color)
        self.y -= after
        assert self.y > BM, f"page overflows at {m[:40]!r}"

    # ---------------------------------------------------------- tables
    def table(
        self,
        head: list[str],
        rows: list[tuple[list[str], str | None]],
        widths: list[float],
        caption: str,
        note: str,
    ) -> None:
        """rows: (cell markups, kind) with kind None | "total"."""
        c = self.c
        size, lead = 9, 11
        self.para(f"**{caption}**", size=10, after=4)
        tot_w = sum(widths)
        colw = [w * BODY_W / tot_w for w in widths]
        xs = [LM + sum(colw[:i]) for i in range(len(colw))]
        pad = 3

        def row(cells: list[str], bold: bool, shade: bool = False) -> float:
            laid = [
                layout(parse(m, bold=bold), colw[i] - 2 * pad, size) for i, m in enumerate(cells)
            ]
            for i, lines in enumerate(laid[1:], 1):
                assert len(lines) == 1, ("a number cell wraps", cells[i])
            h = max(len(ln) for ln in laid) * lead + 2 * pad
            if shade:
                c.setFillColor(colors.HexColor("#D9E2F3"))
                c.rect(LM, self.y - h, BODY_W, h, stroke=0, fill=1)
            nlines = max(len(ln) for ln in laid)
            for i, lines in enumerate(laid):
                # numbers sit on the last line of a wrapped label
                ytop = self.y - pad - (lead * (nlines - len(lines)) if i else 0)
                self.draw_lines(
                    lines,
                    xs[i] + pad,
                    ytop,
                    size,
                    lead,
                    align="left" if i == 0 else "right",
                    width=colw[i] - 2 * pad,
                )
            self.y -= h
            return h

        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(LM, self.y, LM + BODY_W, self.y)
        row(head, True, shade=True)
        c.setLineWidth(0.8)
        c.line(LM, self.y, LM + BODY_W, self.y)
        for cells, kind in rows:
            if kind == "total":
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.8)
                c.line(LM, self.y, LM + BODY_W, self.y)
            row(cells, kind == "total")
            c.setStrokeColor(colors.HexColor("#A6A6A6"))
            c.setLineWidth(0.3)
            c.line(LM, self.y, LM + BODY_W, self.y)
        self.y -= 3
        self.para(note, size=8.5, leading=10, after=8, color=GREY)


def changed(old: str, new: str) -> str:
    return f"{{-{old}-}}{{+{new}+}}" if old != new else new


def wrap_state(s: str, state: str | None) -> str:
    return {"del": f"{{-{s}-}}", "ins": f"{{+{s}+}}"}.get(state or "", s)


def draw_kpi(pg: Page) -> None:
    rows = []
    for name, a, b, t, f, state, old, bal in KPIS:
        label = f"<{bal}>{name}</>" if bal else name
        v26 = changed(f(old), f(b)) if old is not None else f(b)
        cells = [label, f(a), v26, t]
        rows.append(([wrap_state(x, state) for x in cells], None))
    pg.table(
        ["<F3></>Nyckeltal", "Jan–aug 2025", "Jan–aug 2026", "Mål <D2>{-2025-}</>{+2026+}"],
        rows,
        [3.3, 1.05, 1.05, 1.15],
        "Tabell 1. Nyckeltal januari–augusti",
        "Källa: Kolada, Treserva och personalsystemet. Nöjdhet: brukarundersökningen våren "
        "respektive år.",
    )


def draw_drift(pg: Page) -> None:
    rows = []
    for name, b, u, p, state, old, bal in DRIFT:
        label = f"<{bal}>{name}</>" if bal else name
        pcell = changed(N0(old), N0(p)) if old else N0(p)
        dcell = changed(N0(b - old), N0(b - p)) if old else N0(b - p)
        cells = [label, N0(b), N0(u), pcell, dcell]
        rows.append(([wrap_state(x, state) for x in cells], None))
    tot = [changed(N0(o), N0(n)) for o, n in zip(OLD, NEW, strict=True)]
    tot.append(changed(N0(OLD[0] - OLD[2]), N0(NEW[0] - NEW[2])))
    rows.append((["Summa nämnden", *tot], "total"))
    pg.table(
        ["Verksamhet", *DRIFT_COLS],
        rows,
        [1.75, 1.2, 1.2, 1.2, 1.2],
        "Tabell 2. Driftredovisning per verksamhet, nettokostnad (tkr)",
        "Avvikelse = budget minus prognos; negativt belopp = underskott.",
    )


def draw_balloons(pg: Page) -> None:
    """The markup area at the right of the Word page and its balloons, joined to their anchors."""
    c = pg.c
    c.setFillColor(AREA)
    c.rect(PW, 0, MARKUP_W, PH, stroke=0, fill=1)
    size, lead, pad = 9, 10.8, 4
    bx, bw = PW + 10, MARKUP_W - 20
    prev = PH - TM + 12
    for bid, (ax, ay) in sorted(pg.anchors.items(), key=lambda kv: (-kv[1][1], kv[1][0])):
        kind, author, text = BALLOONS[bid]
        label = {
            "comment": f"Kommenterad [{bid}]:",
            "del": "Borttaget:",
            "fmt": "Formaterat:",
        }[kind]
        m = "**Formaterad tabell**" if text == "Formaterad tabell" else f"**{label}** {text}"
        lines = layout(parse(m), bw - 2 * pad, size)
        h = len(lines) * lead + 2 * pad - 2
        top = min(ay + size + pad, prev - 5)
        assert top - h > BM - 20, f"balloons overflow the markup area at {bid}"
        col = AUTHOR[author]
        # the dotted line: along the anchor's line to the page edge, then to the balloon
        c.setStrokeColor(col)
        c.setLineWidth(0.6)
        c.setDash(0.9, 1.8)
        yl = ay - 2.2
        c.line(ax, yl, PW - 6, yl)
        c.line(PW - 6, yl, bx, top - lead / 2 - 1)
        c.setDash()
        c.setFillColor(TINT[author] if kind == "comment" else colors.white)
        c.setStrokeColor(col)
        c.setLineWidth(0.7)
        c.roundRect(bx, top - h, bw, h, 2.5, stroke=1, fill=1)
        pg.draw_lines(lines, bx + pad, top - pad + 1, size, lead)
        prev = top - h


def draw_mast(pg: Page) -> None:
    c = pg.c
    y = PH - TM
    c.setFillColor(HEAD)
    c.rect(LM, y - 24, 24, 24, stroke=0, fill=1)  # the kommun's mark
    c.setFillColor(colors.white)
    c.setFont(f"{FONT}-Bold", 13)
    c.drawCentredString(LM + 12, y - 17, "T")
    c.setFillColor(HEAD)
    c.setFont(f"{FONT}-Bold", 14)
    c.drawString(LM + 32, y - 17, MUNI)
    pg.y = y - 60
    pg.para(TITLE, size=22, leading=26, color=HEAD, after=2)
    pg.para(COMMITTEE, size=15, leading=19, color=GREY, after=6)


def furniture(c: rl_canvas.Canvas, page: int, pages: int) -> None:
    c.setFont(FONT, 9)
    c.setFillColor(GREY)
    y = PH - 1.3 * 28.3465
    c.drawString(LM, y, MUNI)
    c.drawRightString(PW - RM, y, f"{COMMITTEE} – {TITLE}")
    c.setStrokeColor(colors.HexColor("#BFBFBF"))
    c.setLineWidth(0.5)
    c.line(LM, y - 4, PW - RM, y - 4)
    fy = 1.3 * 28.3465
    c.drawString(LM, fy, "UTKAST 2026-09-08")
    c.drawRightString(PW - RM, fy, f"Sida {page} ({pages})")


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(doc.options["pdf_title"])
    c.setCreator(doc.options["pdf_creator"])
    c.setAuthor("")
    y0 = (PH - PH * SCALE) / 2
    for i, page in enumerate(PAGES):
        c.saveState()
        c.translate(0, y0)
        c.scale(SCALE, SCALE)
        c.setFillColor(colors.white)
        c.rect(0, 0, PW, PH, stroke=0, fill=1)
        pg = Page(c)
        furniture(c, i + 1, len(PAGES))
        for it in page:
            kind = it[0]
            if kind == "mast":
                draw_mast(pg)
            elif kind == "meta":
                pg.para(it[1], size=9.5, color=GREY, after=10)
            elif kind == "h1":
                pg.para(it[1], size=14, leading=17, bold=True, color=HEAD, before=6, after=5)
            elif kind == "p":
                pg.para(it[1])
            elif kind == "goal":
                _k, title, line, _status, text, deleted = it
                pg.para(
                    title,
                    size=12,
                    leading=15,
                    bold=True,
                    color=HEAD,
                    before=4,
                    after=3,
                    dele=deleted,
                )
                pg.para(f"Bedömning helår: **{line}**", after=3, dele=deleted)
                pg.para(text, dele=deleted)
            elif kind == "kpi":
                draw_kpi(pg)
            elif kind == "drift":
                draw_drift(pg)
        draw_balloons(pg)
        c.restoreState()
        c.showPage()
    c.save()
    return path

"""Östhammar, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Serif
body, Liberation Sans tables) typeset as a designer does it in InDesign.

- Headings in FAKE SMALL CAPS: each word's first letter at the full size and the rest of the word
  as capitals at a smaller size, drawn as separate text runs on one baseline ("M" 13 pt +
  "ÅLUPPFYLLELSE" 10 pt). poppler splits such a word in two (the font size changes inside it).
- Each main section opens with a DROP CAP: the paragraph's first letter about three lines tall in
  the section's colour, its baseline on the third line, the rest of the first word at body size
  beside it and the first three lines indented.
- Body text JUSTIFIED (each line one TJ array, the word gaps widened by kerns, so they vary from
  line to line) and HYPHENATED at line ends ("verksam-" / "heten", "bibliotek-" /
  "sverksamheten"), as InDesign's Swedish dictionary does it, odd breaks and all.
- Pull quotes in large italic between paragraphs.
- Goals as small-caps headings followed by "BEDÖMNING: UPPFYLLT" in small caps, the assessment
  word coloured (green / amber / red / grey).
- Two KPI tables over 2023–2025, an income summary (rows Intäkter … Avvikelse, columns 2024 |
  2025) and a drift table per verksamhet (Intäkter | Kostnader | Nettokostnad | Budget |
  Avvikelse, tkr, costs with U+2212).

The line breaking is done here, in build(), so the words split at line ends are known to the data
and the self-check (options["check_joins"]) without rendering.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

MUNI = "Östhammars kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"

SERIF = "LiberationSerif"
SANS = "LiberationSans"
BODY, LEAD = 10.0, 13.5
MARGINS = (2.3 * rl.cm, 2.2 * rl.cm, 2.7 * rl.cm, 3.4 * rl.cm)  # top bottom left right
W = A4[0] - MARGINS[2] - MARGINS[3]
DROP_SIZE = 40.0
DROP_GAP = 4.0
INK = colors.HexColor("#222222")

C_WINE = colors.HexColor("#8C2F39")
C_TEAL = colors.HexColor("#1F5F6B")
C_PLUM = colors.HexColor("#5E3A6E")
C_OCHRE = colors.HexColor("#9A6A12")
C_GREEN = colors.HexColor("#2F6B3A")

STATUS = {
    "achieved": ("Uppfyllt", colors.HexColor("#2E7D32")),
    "partly": ("Delvis Uppfyllt", colors.HexColor("#C77C00")),
    "not_achieved": ("Ej Uppfyllt", colors.HexColor("#B3261E")),
    "unassessed": ("Ej Bedömt", colors.HexColor("#7A7A7A")),
}

N = NumFmt()
MN = NumFmt(minus="−")
DEV = NumFmt(minus="−", plus=True)
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
NB = "\u00a0"  # inside numbers: never broken at a line end

# ---------------------------------------------------------------- the text
# "=" marks where the hyphenation dictionary allows a break; it is never printed.

S1_DROP = (
    "Året präglades av att verksam=heten nådde fler invånare än tidigare. Biblioteken i "
    f"Östhammar, Gimo, Alunda, Öregrund och Österbybruk hade sammanlagt 161{NB}400 besök, det "
    "högsta antalet sedan mätningarna började, och kulturskolan kunde för första gången på "
    "flera år erbjuda plats till nästan alla barn som stod i kö. Samtidigt fortsatte besöken på "
    "fritids=gårdarna att minska och den upplevda trygg=heten bland ungdomarna sjönk, vilket "
    "nämnden ser allvarligt på."
)
S1_P2 = (
    "Nämnden redovisar ett överskott på 610 tkr mot budget. Överskottet förklaras främst av "
    "högre intäkter från uthyrning av idrotts=anläggningar och av vakanser inom biblioteken "
    "under våren, medan kulturskolan och fritids=gårdarna redovisar underskott. Av nämndens sex "
    "mål är två uppfyllda, två delvis uppfyllda och ett inte uppfyllt; ett mål har inte kunnat "
    "bedömas."
)
S1_QUOTE = (
    "”Biblioteken har blivit kommunens vardagsrum – en plats dit man går utan att behöva ha "
    "ett ärende.”"
)
S1_QUOTE_BY = "Karin Lindqvist, ordförande"
S1_P3 = (
    "Under hösten invigdes den nya aktivitets=ytan vid Frösåkers=skolan i Östhammar, och i Gimo "
    "har arbetet med ett kulturhus i anslutning till biblioteket gått in i projekterings=skedet. "
    "Nämnden har också antagit en ny biblioteks=plan för perioden 2026–2029 och en handlings=plan "
    "för ökad trygghet på fritids=gårdarna."
)

S2_DROP = (
    "Verksam=heten bedrivs inom tre områden: bibliotek, kulturskola och allmän=kultur samt "
    "fritid och idrott. Förvaltningen har 64 tillsvidare=anställda, och under året har "
    "nämnden särskilt prioriterat insatser för barn och unga i kommunens mindre orter, där "
    "utbudet av fritids=aktiviteter är mindre än i centralorten."
)
S2_BIB = (
    "Besöken på biblioteken ökade med drygt fem procent jämfört med 2024, och den samlade "
    "bibliotek=sverksam=heten har samtidigt riktats mer mot barn och unga. Ökningen är störst i "
    "Gimo och Alunda, där de meröppna biblioteken nu har öppet mellan klockan sju och tjugotvå "
    "alla dagar i veckan. Utlånen per invånare steg till 5,9 efter flera års minskning, och "
    "e-böckerna svarade för nästan en femtedel av utlånen. Läs=främjande insatser har genomförts "
    "i samtliga förskolor och i årskurs 1–3 på alla skolor. Bokbussen har däremot fått färre "
    "hållplatser sedan två turer på lands=bygden drogs in i april."
)
S2_KS = (
    "Kulturskolan hade 1\u00a0046 elever under höstterminen, och kön minskade från 96 till 58 "
    "barn. Nya kurser i dans och digitalt skapande startade i Österbybruk och Öregrund, där "
    "undervisningen sker i skolornas lokaler direkt efter skoldagens slut. Inom allmän=kulturen "
    "genomfördes 102 arrangemang, bland annat Vallonbruks=festivalen i Österbybruk och en "
    "sommar=utställning i Öregrunds gamla tullhus. Samarbetet med hembygds=föreningarna om "
    "kulturarvet har fortsatt, men digitaliseringen av bildsamlingarna har försenats."
)
S2_QUOTE = "”Kön till kulturskolan är nästan borta – nu handlar det om att behålla eleverna.”"
S2_QUOTE_BY = "Jonas Ek, kulturskolechef"
S2_FRI = (
    "Besöken på fritids=gårdarna minskade för tredje året i rad, till 18\u00a0320. Minskningen "
    "är tydligast i Gimo, där gården hölls stängd i tre veckor under våren efter flera "
    "incidenter. Förenings=livet är däremot starkt: deltagar=tillfällena för barn och unga ökade "
    "och beläggningen i sport=hallarna kvällstid var den högsta hittills. Konstgräs=planen i "
    "Alunda har renoverats och ishallen i Östhammar har fått ny kyl=anläggning, vilket sänker "
    "energi=förbrukningen med omkring en fjärdedel."
)

S3_DROP = (
    "Nämnden har för 2025 beslutat om sex mål som utgår från kommun=fullmäktiges målområden. "
    "Varje mål följs upp med en eller flera indikatorer och bedöms på en tregradig skala: "
    "uppfyllt, delvis uppfyllt eller ej uppfyllt. Ett mål som saknar underlag för en bedömning "
    "redovisas som ej bedömt."
)
GOALS = [
    (
        "Fler barn och unga ska delta i kulturskolans verksamhet",
        "achieved",
        "Andelen barn i åldern 6–15 år som deltar i kulturskolans kurser ökade från 15 till 17 "
        "procent, och kön nästan halverades till 58 barn. Den största ökningen finns i de nya "
        "kurserna i dans och digitalt skapande, som lockat många som tidigare inte deltagit i "
        "kulturskolans verksam=het.",
    ),
    (
        "Biblioteken ska nå fler invånare i hela kommunen",
        "partly",
        "Besöken ökade vid samtliga huvud=bibliotek, men bokbussens utlån på lands=bygden minskade "
        "med nio procent efter att två hållplatser lagts ned under våren. Nämnden bedömer därför "
        "att målet bara delvis har nåtts för invånarna utanför tätorterna.",
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva verksamhet",
        "achieved",
        f"Antalet deltagar=tillfällen i föreningarnas verksam=het för 7–20-åringar ökade till "
        f"103{NB}150. Handläggnings=tiden för förenings=bidrag var i genomsnitt tolv dagar, och "
        "samtliga ansökningar om aktivitets=stöd betalades ut inom utlovad tid.",
    ),
    (
        "Fritidsgårdarna ska vara trygga mötesplatser för unga",
        "not_achieved",
        "Andelen besökare som känner sig trygga på fritids=gården sjönk till 79 procent, långt "
        "under målvärdet 90 procent. Flera incidenter under våren ledde till att gården i Gimo "
        "hölls stängd i tre veckor. Ett förstärkt arbete med vuxen=närvaro och samverkan med "
        "polisen och socialtjänsten har inletts under hösten.",
    ),
    (
        "Idrottsanläggningarna ska nyttjas effektivare",
        "partly",
        "Beläggningen i sport=hallarna kvällstid ökade till 76 procent men når inte målvärdet 80 "
        "procent. Den nya digitala bokningen har gjort det lättare för föreningarna att lämna "
        "tillbaka tider som de inte använder, och effekten väntas bli större under 2026.",
    ),
    (
        "Kulturarvet ska göras tillgängligt digitalt",
        "unassessed",
        "Digitaliseringen av hembygds=arkivens bildsamlingar har försenats eftersom upphandlingen "
        "av ett nytt arkiv=system överklagades. Det finns därför inget underlag för att bedöma "
        "målet för 2025.",
    ),
]

S4_DROP = (
    "Nyckeltalen nedan följs upp varje år och redovisas för de tre senaste åren. Uppgifterna om "
    "besök och utlån kommer från bibliotekens system, uppgifterna om trygghet från den årliga "
    "enkäten på fritids=gårdarna och deltagar=tillfällena från ansökningarna om lokalt "
    "aktivitets=stöd. Tryggheten mättes inte på samma sätt 2023 och redovisas därför från 2024."
)
KPI_KULTUR = [
    ("Besök på biblioteken, antal", 148_200, 152_900, 161_400, N),
    ("Utlån per invånare, antal", 5.8, 5.6, 5.9, DEC1),
    ("Barn 6–15 år i kulturskolan, andel", 14, 15, 17, PCT),
    ("Barn i kö till kulturskolan, antal", 112, 96, 58, N),
    ("Arrangemang inom allmänkulturen, antal", 86, 94, 102, N),
]
KPI_FRITID = [
    ("Besök på fritidsgårdarna, antal", 21_450, 19_870, 18_320, N),
    ("Unga som känner sig trygga på fritidsgården, andel", None, 84, 79, PCT),
    ("Deltagartillfällen 7–20 år i föreningar, antal", 96_300, 99_800, 103_150, N),
    ("Beläggning i sporthallar kvällstid, andel", 71, 74, 76, PCT),
]

S5_DROP = (
    "Nämndens nettokostnad uppgick till 71\u00a0940 tkr, vilket är 610 tkr lägre än budget. "
    "Intäkterna blev högre än beräknat, främst genom uthyrning av idrotts=anläggningar till "
    "föreningar och företag, medan kostnaderna för lokaler och energi ökade något mer än vad "
    "som förutsågs i budgeten."
)
S5_P2 = (
    "Idrott och anläggningar redovisar ett överskott på 670 tkr. Kulturskolan redovisar ett "
    "underskott på 260 tkr till följd av fler elever och ökade kostnader för instrument, och "
    "fritids=gårdarna ett underskott på 160 tkr för extra personal under hösten. Biblioteken "
    "har ett överskott på 160 tkr efter vakanser under våren."
)
S6_DROP = (
    "Nästa år tar nämnden över ansvaret för kommunens feriearbeten för ungdomar, medan "
    "verksam=heten på fritids=gårdarna ska ses över i sin helhet. Tryggheten för besökarna är "
    "nämndens viktigaste utvecklings=område för 2026. Arbetet med kulturhuset i Gimo fortsätter, "
    "en ny mötesplats för unga planeras i Öregrund tillsammans med förenings=livet, och "
    "biblioteken ska pröva att låta bokbussen stanna vid fler skolor."
)

# verksamhet: intäkter, kostnader (negative), budget (net, negative)
DRIFT = [
    ("Nämnd och administration", 120, -4_860, -4_900),
    ("Bibliotek", 1_340, -17_980, -16_800),
    ("Kulturskola", 2_860, -14_520, -11_400),
    ("Allmänkultur", 940, -5_730, -4_850),
    ("Fritidsgårdar", 410, -9_870, -9_300),
    ("Idrott och anläggningar", 6_150, -24_380, -18_900),
    ("Föreningsbidrag", 0, -6_420, -6_400),
]
PREV = {"Intäkter": 11_240, "Kostnader": -80_310, "Budget": -69_400}


# ---------------------------------------------------------------- layout (pure, used by build)


def clean(s: str) -> str:
    return s.replace("=", "")


VOWELS = set("aeiouyåäöé")
DIGRAPHS = {"ck", "ng", "sj", "tj", "kj", "ch", "gn"}


def hyphenate(word: str) -> str:
    """Break points for a word without "=" marks, by the simple Swedish rule a layout program's
    dictionary falls back on: before the last consonant ahead of a vowel (verk=sam=he=ten), at
    least three letters on each side, never inside ck / ng / sj / tj, never in a word with digits,
    a hyphen or a dash."""
    if "=" in word or any(ch.isdigit() or ch in "-–/" for ch in word):
        return word
    core = word.rstrip(".,:;)”")
    tail = word[len(core) :]
    if len(core) < 8 or not core.isalpha() or core.isupper():
        return word
    low = core.lower()
    cuts = []
    for i in range(3, len(low) - 3):
        if low[i] in VOWELS or low[i + 1] not in VOWELS:
            continue
        if not any(ch in VOWELS for ch in low[:i]):
            continue
        if low[i - 1 : i + 1] in DIGRAPHS or low[i : i + 2] in DIGRAPHS:
            continue
        cuts.append(i)
    out, last = [], 0
    for i in cuts:
        out.append(core[last:i])
        last = i
    out.append(core[last:])
    return "=".join(out) + tail


def break_lines(text: str, width: float, first_w: float, n_first: int) -> list[dict]:
    """Greedy line breaking with hyphenation at "=" marks, as a justifying layout program does.

    The first `n_first` lines are `first_w` wide (beside a drop cap). Returns lines as dicts:
    words (as printed, a last word may end with "-"), hyph (the line ends in a break inside a
    word: (printed part, rest)), last.
    """
    words = [hyphenate(w) for w in text.split(" ")]
    lines: list[dict] = []
    cur: list[str] = []
    sp = rl.sw(" ", SERIF, BODY)

    def avail() -> float:
        return first_w if len(lines) < n_first else width

    def wid(ws: list[str]) -> float:
        return sum(rl.sw(clean(w), SERIF, BODY) for w in ws) + sp * max(0, len(ws) - 1)

    i = 0
    pending: str | None = None
    while i < len(words) or pending:
        w = pending if pending is not None else words[i]
        if pending is None:
            i += 1
        pending = None
        if wid(cur + [w]) <= avail() or not cur:
            cur.append(w)
            continue
        # try to hyphenate w: the longest prefix ending at a "=" that fits with "-"
        parts = w.split("=")
        done = False
        hyph_run = sum(1 for ln in lines[-2:] if ln["hyph"]) if len(lines) >= 2 else 0
        if len(parts) > 1 and hyph_run < 2:
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if wid(cur + [head]) <= avail():
                    rest = "=".join(parts[k:])
                    lines.append(
                        {"words": cur + [head], "hyph": (head, clean(rest)), "last": False}
                    )
                    cur = []
                    pending = rest
                    done = True
                    break
        if not done:
            lines.append({"words": cur, "hyph": None, "last": False})
            cur = [w]
    if cur:
        lines.append({"words": cur, "hyph": None, "last": True})
    for ln in lines:
        ln["words"] = [clean(w) for w in ln["words"]]
    return lines


def sc_runs(text: str, big: float, small: float) -> list[list[tuple[str, float]]]:
    """Fake small caps: per word, runs (text, size): the first character and digits at `big`,
    the other letters as capitals at `small`."""
    out = []
    for word in text.split(" "):
        runs: list[tuple[str, float]] = []
        for j, ch in enumerate(word):
            size = big if (j == 0 or ch.isdigit() or not ch.isalpha()) and ch != "-" else small
            if ch in ":-" and runs:
                size = runs[-1][1]
            u = ch.upper()
            if runs and runs[-1][1] == size:
                runs[-1] = (runs[-1][0] + u, size)
            else:
                runs.append((u, size))
        out.append(runs)
    return out


def sc_joins(text: str) -> list[str]:
    """The words a small-caps heading prints in two runs: "M|ÅLUPPFYLLELSE"."""
    out = []
    for runs in sc_runs(text, 2, 1):
        if len(runs) > 1:
            out.append("|".join(t for t, _s in runs))
    return out


def sc_upper(text: str) -> str:
    return text.upper()


def drop_first_width(text: str) -> float:
    return W - rl.sw(text[0], f"{SERIF}-Bold", DROP_SIZE) - DROP_GAP


# ---------------------------------------------------------------- the document


def build() -> Doc:
    d = Doc(
        stem="osthammar-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Östhammar",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 typeset as a designer does "
        "it in InDesign (reportlab, Liberation Serif body, Liberation Sans tables)",
        hard="every heading, the title and each goal in FAKE SMALL CAPS: each word's first "
        "letter at full size and the rest as capitals at a smaller size, drawn as separate text "
        'runs on one baseline ("M" 13 pt + "ÅLUPPFYLLELSE" 10 pt; the goals "F" + "LER" "B" + '
        '"ARN" …), so the text layer has capitals and every word is split where the font size '
        "changes; each goal's assessment a small-caps line under it with the word coloured "
        '("B" + "EDÖMNING:" "D" + "ELVIS" "U" + "PPFYLLT", green / amber / red / grey "EJ '
        'BEDÖMT"); each main section opens with a DROP CAP (the first letter 40 pt in the '
        "section's colour, its baseline on the third line, the rest of the word at body size "
        "beside it, three lines indented); body text JUSTIFIED (word gaps widened by TJ kerns, "
        'varying from line to line) and HYPHENATED at line ends ("verksam-" / "heten", '
        '"bibliotek-" / "sverksamheten", a break InDesign\'s dictionary makes in the wrong '
        'place), beside real hyphens that must stay ("e-böckerna", "7–20-åringar"); '
        "pull quotes in large coloured italic between paragraphs; two KPI tables 2023 | 2024 | "
        "2025 (a dash for a year not measured); a result summary with the rows Intäkter | "
        "Kostnader | Nettokostnad | Budget | Avvikelse (columns 2024 | 2025) and a drift table "
        "per verksamhet with the same five words as columns (tkr, costs and budget with a minus "
        'U+2212, deviations "+160"); the municipality as "Östhammars kommun" in the masthead '
        'and the running footer "Östhammars kommun | Verksamhetsberättelse 2025 | n"',
    )
    joins: list[str] = []

    def head(text: str, level: int, color) -> None:
        joins.extend(sc_joins(text))
        d.add(Custom("sc", {"text": text, "level": level, "color": color}, words=sc_upper(text)))

    def para(text: str, drop=None) -> None:
        if drop is not None:
            first = text.split(" ")[0]
            rest = text[1:]
            lines = break_lines(rest, W, drop_first_width(text), 3)
            joins.append(f"{text[0]}|{clean(first)[1:]}")
        else:
            lines = break_lines(text, W, W, 0)
        for ln in lines:
            if ln["hyph"]:
                joins.append("|".join(ln["hyph"]))
        d.add(
            Custom(
                "jpara",
                {"lines": lines, "drop": text[0] if drop is not None else None, "color": drop},
                words=clean(text),
            )
        )

    def quote(text: str, by: str, color) -> None:
        d.add(Custom("quote", {"text": text, "by": by, "color": color}, words=f"{text}\n{by}"))

    d.add(Custom("masthead", {}, words=f"{MUNI}\n{sc_upper(TITLE)}\n{COMMITTEE}"))
    joins.extend(sc_joins(TITLE))

    head("Året i korthet", 1, C_WINE)
    para(S1_DROP, C_WINE)
    para(S1_P2)
    quote(S1_QUOTE, S1_QUOTE_BY, C_WINE)
    para(S1_P3)

    head("Verksamheten", 1, C_TEAL)
    para(S2_DROP, C_TEAL)
    head("Bibliotek", 2, C_TEAL)
    para(S2_BIB)
    head("Kulturskola och allmänkultur", 2, C_TEAL)
    para(S2_KS)
    quote(S2_QUOTE, S2_QUOTE_BY, C_TEAL)
    head("Fritid och idrott", 2, C_TEAL)
    para(S2_FRI)

    head("Måluppfyllelse", 1, C_PLUM)
    para(S3_DROP, C_PLUM)
    for title, status, analysis in GOALS:
        word, _c = STATUS[status]
        joins.extend(sc_joins(title))
        joins.extend(sc_joins(f"Bedömning: {word}"))
        d.goal(sc_upper(title), status)
        d.add(
            Custom(
                "goal",
                {"title": title, "status": status},
                words=f"{sc_upper(title)}\n{sc_upper('Bedömning: ' + word)}",
            )
        )
        para(analysis)

    head("Nyckeltal", 1, C_OCHRE)
    para(S4_DROP, C_OCHRE)
    ycols = [Col(("2023",), year="2023"), Col(("2024",), year="2024"), Col(("2025",), year="2025")]
    for cap, rows in (
        ("Tabell 1. Nyckeltal kultur och bibliotek", KPI_KULTUR),
        ("Tabell 2. Nyckeltal fritid och idrott", KPI_FRITID),
    ):
        d.table(
            Table(
                label_head=("Nyckeltal",),
                cols=ycols,
                rows=[
                    Row(n, [Raw("–") if a is None else a, b, c], fmt=f) for n, a, b, c, f in rows
                ],
                kind="kpi",
                caption=cap,
                label_width=4.2,
            )
        )

    head("Ekonomi", 1, C_GREEN)
    para(S5_DROP, C_GREEN)
    inc = sum(r[1] for r in DRIFT)
    cost = sum(r[2] for r in DRIFT)
    bud = sum(r[3] for r in DRIFT)
    net, dev = inc + cost, inc + cost - bud
    assert (inc, cost, net, bud, dev) == (11_820, -83_760, -71_940, -72_550, 610), (inc, cost)
    pnet = PREV["Intäkter"] + PREV["Kostnader"]
    pdev = pnet - PREV["Budget"]
    assert (pnet, pdev) == (-69_070, 330)
    d.table(
        Table(
            label_head=("Belopp i tkr",),
            cols=[Col(("2024",)), Col(("2025",))],
            rows=[
                Row("Intäkter", [PREV["Intäkter"], inc]),
                Row("Kostnader", [PREV["Kostnader"], cost]),
                Row("Nettokostnad", [pnet, net], total=True),
                Row("Budget", [PREV["Budget"], bud]),
                Row("Avvikelse", [pdev, dev], total=True, fmt=DEV),
            ],
            kind="is",
            caption="Tabell 3. Ekonomiskt resultat",
            fmt=MN,
            label_width=3.0,
        )
    )
    rows = []
    for n, i_, k, b in DRIFT:
        rows.append(Row(n, [i_, k, i_ + k, b, i_ + k - b]))
    rows.append(Row("Summa", [inc, cost, net, bud, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Intäkter",)),
                Col(("Kostnader",)),
                Col(("Nettokostnad",), width=1.3),
                Col(("Budget",)),
                Col(("Avvikelse",), fmt=DEV),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 4. Driftredovisning 2025 (tkr)",
            note="Avvikelse = nettokostnad minus budget; positivt belopp = överskott.",
            fmt=MN,
            label_width=2.5,
        )
    )
    para(S5_P2)

    head("Blick framåt", 1, C_WINE)
    para(S6_DROP, C_WINE)

    d.options["check_joins"] = joins
    return d


# ---------------------------------------------------------------- drawing


def tj(c, x: float, y: float, parts: list, font: str, size: float, fill) -> None:
    """One TJ array (strings and kerns in 1/1000 em, negative = move right), font subsets
    switched as needed."""
    f = rl.pdfmetrics.getFont(font)
    doc = c._doc
    c.setFillColor(fill)
    code = ["BT", f"1 0 0 1 {x:.2f} {y:.2f} Tm"]
    cur = None
    arr: list[str] = []

    def flush() -> None:
        if arr:
            code.append("[" + " ".join(arr) + "] TJ")
            arr.clear()

    for p in parts:
        if isinstance(p, int | float):
            arr.append(f"{p:.1f}")
            continue
        for subset, t in f.splitString(p, doc):
            if subset != cur:
                flush()
                code.append(f"{f.getSubsetInternalName(subset, doc)} {size:g} Tf")
                cur = subset
            arr.append("(" + c._escape(t) + ")")
    flush()
    code.append("ET")
    c._code.append(" ".join(code))


class JPara(Flowable):
    """A justified paragraph whose lines were broken in build(); an optional drop cap."""

    def __init__(self, lines: list[dict], drop: str | None, color, first: bool = True) -> None:
        super().__init__()
        self.lines, self.drop, self.color, self.first = lines, drop, color, first

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        assert abs(aw - W) < 0.5, (aw, W)
        self.width = aw
        self.height = LEAD * len(self.lines) + 5
        return aw, self.height

    def split(self, aw: float, ah: float) -> list:
        n = int((ah - 5) // LEAD)
        if self.drop and self.first:
            n = max(n, 0) if n >= 4 else 0
        if n < 2 or len(self.lines) - n < 2:
            n = min(n, len(self.lines) - 2)
        if n < 2:
            return []
        a = JPara(self.lines[:n], self.drop if self.first else None, self.color, self.first)
        b = JPara(self.lines[n:], None, self.color, False)
        return [a, b]

    def draw(self) -> None:
        c = self.canv
        y = self.height - 5 - BODY * 0.95
        dw = 0.0
        if self.drop and self.first:
            dw = rl.sw(self.drop, f"{SERIF}-Bold", DROP_SIZE) + DROP_GAP
            c.setFillColor(self.color)
            c.setFont(f"{SERIF}-Bold", DROP_SIZE)
            c.drawString(0, y - 2 * LEAD, self.drop)
        sp = rl.sw(" ", SERIF, BODY)
        for k, ln in enumerate(self.lines):
            x0 = dw if (self.drop and self.first and k < 3) else 0
            avail = W - x0
            ws = ln["words"]
            nat = sum(rl.sw(w, SERIF, BODY) for w in ws) + sp * (len(ws) - 1)
            extra = 0.0 if ln["last"] or len(ws) < 2 else (avail - nat) / (len(ws) - 1)
            parts: list = []
            for j, w in enumerate(ws):
                if j < len(ws) - 1:
                    parts.append(w + " ")
                    if extra:
                        parts.append(-extra * 1000 / BODY)
                else:
                    parts.append(w)
            tj(c, x0, y, parts, SERIF, BODY, INK)
            y -= LEAD


class SmallCaps(Flowable):
    """A heading in fake small caps, each run drawn on its own; wraps at word gaps."""

    def __init__(
        self,
        text: str,
        big: float,
        small: float,
        color,
        font: str,
        before: float,
        after: float,
        tail: list | None = None,
    ) -> None:
        super().__init__()
        self.text, self.big, self.small, self.color, self.font = text, big, small, color, font
        self.before, self.after = before, after
        self.tail = tail or []  # extra (text, color) segments drawn after the heading's words

    def _segments(self) -> list[tuple[list[tuple[str, float]], object]]:
        segs = [(runs, self.color) for runs in sc_runs(self.text, self.big, self.small)]
        for t, col in self.tail:
            segs += [(runs, col) for runs in sc_runs(t, self.big, self.small)]
        return segs

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        sp = rl.sw(" ", self.font, self.small) * 1.4
        self.lines: list[list] = [[]]
        x = 0.0
        for runs, col in self._segments():
            wdt = sum(rl.sw(t, self.font, s) for t, s in runs)
            if x and x + wdt > aw:
                self.lines.append([])
                x = 0.0
            self.lines[-1].append((x, runs, col))
            x += wdt + sp
        self.lead = self.big * 1.22
        self.width = aw
        self.height = self.before + self.lead * len(self.lines) + self.after
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height - self.before - self.big
        for line in self.lines:
            for x, runs, col in line:
                c.setFillColor(col)
                for t, s in runs:
                    c.setFont(self.font, s)
                    c.drawString(x, y, t)
                    x += rl.sw(t, self.font, s)
            y -= self.lead


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": SERIF,
        "table_font": SANS,
        "size": BODY,
        "leading": LEAD,
        "table_size": 8.6,
        "table_rules": "rules",
        "margins": MARGINS,
        "color": INK,
    }
    r = rl.RLDoc(doc, o)
    _top, bottom, lft, rgt = MARGINS

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        c.setFont(SANS, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(A4[0] / 2, bottom - 1.1 * rl.cm, f"{MUNI} | {TITLE} | {page}")
        c.setStrokeColor(colors.HexColor("#B0B0B0"))
        c.setLineWidth(0.4)
        c.line(lft, bottom - 0.7 * rl.cm, A4[0] - rgt, bottom - 0.7 * rl.cm)
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["cellb"],
            fontName=f"{SANS}-Bold",
            fontSize=11,
            leading=14,
            textColor=C_WINE,
        )
        sub = rl.ParagraphStyle(
            "sub",
            parent=r.styles["body"],
            fontName=f"{SERIF}-Italic",
            fontSize=15,
            leading=19,
            textColor=INK,
            spaceAfter=0,
        )
        return [
            Paragraph(escape(MUNI), logo),
            Spacer(1, 20),
            SmallCaps(TITLE, 30, 22, C_WINE, SERIF, 0, 4),
            Paragraph(escape(COMMITTEE), sub),
            Spacer(1, 6),
        ]

    def sc(b: Custom) -> list:
        lvl = b.data["level"]
        if lvl == 1:
            return [SmallCaps(b.data["text"], 13, 10, b.data["color"], f"{SERIF}-Bold", 12, 5)]
        return [SmallCaps(b.data["text"], 11, 8.5, b.data["color"], f"{SERIF}-Bold", 6, 2)]

    def jpara(b: Custom) -> list:
        return [JPara(b.data["lines"], b.data["drop"], b.data["color"])]

    def quote(b: Custom) -> list:
        col = b.data["color"]
        q = rl.ParagraphStyle(
            "pq",
            parent=r.styles["body"],
            fontName=f"{SERIF}-Italic",
            fontSize=15,
            leading=19,
            textColor=col,
            leftIndent=36,
            rightIndent=36,
            spaceBefore=8,
            spaceAfter=2,
        )
        by = rl.ParagraphStyle(
            "pqb",
            parent=r.styles["body"],
            fontName=SANS,
            fontSize=8,
            leading=10,
            textColor=colors.HexColor("#555555"),
            leftIndent=36,
            spaceAfter=10,
        )
        return [
            KeepTogether(
                [Paragraph(escape(b.data["text"]), q), Paragraph(escape(b.data["by"]), by)]
            )
        ]

    def goal(b: Custom) -> list:
        word, col = STATUS[b.data["status"]]
        return [
            SmallCaps(b.data["title"], 12, 9.5, INK, f"{SERIF}-Bold", 8, 1),
            SmallCaps(
                "Bedömning:", 10, 8, colors.HexColor("#555555"), SERIF, 0, 3, tail=[(word, col)]
            ),
        ]

    r.custom.update(masthead=masthead, sc=sc, jpara=jpara, quote=quote, goal=goal)
    plain_table = r.table
    r.table = lambda t, width=None: [KeepTogether(plain_table(t, width))]  # type: ignore[method-assign]
    # headings keep with what follows
    story = r.flowables(doc.blocks)
    glued: list = []
    i = 0
    while i < len(story):
        f = story[i]
        if isinstance(f, SmallCaps):
            grp = [f]
            while i + 1 < len(story) and isinstance(story[i + 1], SmallCaps):
                i += 1
                grp.append(story[i])
            if i + 1 < len(story) and isinstance(story[i + 1], JPara):
                i += 1
                grp.append(story[i])
            glued.append(KeepTogether(grp))
        else:
            glued.append(f)
        i += 1
    return r.build(out / f"{doc.stem}.pdf", story=glued, first_plain=False)

"""Tingsryd, Miljö- och byggnadsnämnden, verksamhetsberättelse 2025, typeset as LaTeX (article
class, a4paper, booktabs) typesets it. Drawn with reportlab in DejaVu Serif Condensed, a serif
with a book look that has every glyph LaTeX's Latin Modern has for this text.

What LaTeX does and this document copies:

- typographic ligatures as single glyphs in the text layer wherever the letters meet: U+FB00 'ﬀ',
  U+FB01 'ﬁ', U+FB02 'ﬂ', U+FB03 'ﬃ', U+FB04 'ﬄ' ("Eﬀektivitet", "ﬂera", "tillﬂödet",
  "oﬀentliga", "oﬃciell", "ﬁnansiell", "oﬄine"), in the body, in headings, in goal titles, in
  KPI names and in finance row labels. The data (and so the key and the expected text) is
  written with plain letters, as a reader would type the words; only the drawing ligates;
- no space glyph anywhere: pdfTeX does not emit spaces, every word gap is a position step in the
  TJ array (justified lines, so the gaps differ from line to line), and the thousands separator
  of a number is a thin kern (siunitx's \\,) rather than a character;
- numbered sections "1", "1.1" in bold with a quad between number and title, a hanging indent
  when a subsection title wraps, paragraphs indented except the first after a heading;
- \\maketitle (centred title, the municipality and the committee, the date) and an abstract
  ("Sammanfattning", centred, narrower and smaller);
- booktabs tables: a thick top rule, a thin rule under the header row, a thick bottom rule, no
  vertical rules and no rules between rows; the header row set in the same roman type as the
  rows; the caption above the table ("Tabell 1: Nyckeltal 2023–2025"); label-only group rows in
  italics with indented sub-rows;
- footnote marks as raised small digits glued to the word before them (in the text layer
  "handläggningstid1"), the footnotes at the page's bottom under a short rule, above the centred
  page number, which is the only page furniture (no running header);
- en dashes in ranges ("2023–2025"), the minus sign U+2212 in negative amounts.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from .. import rl
from ..model import Bullets, Col, Custom, Doc, H, NumFmt, P, Raw, Row, Table

MINUS = "\u2212"
TKR = NumFmt(minus=MINUS)
N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Tingsryds kommun"
COMMITTEE = "Miljö- och byggnadsnämnden"
TITLE = "Verksamhetsberättelse 2025"
DATE = "19 februari 2026"

SUP = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5"}

# ---------------------------------------------------------------- the report as data

ABSTRACT = (
    "Miljö- och byggnadsnämnden redovisar i denna verksamhetsberättelse måluppfyllelse, "
    "nyckeltal och ekonomi för 2025. Året präglades av fler inkomna bygglovsärenden, en "
    "ny taxa för offentlig kontroll av livsmedel och ett fortsatt arbete med effektivare "
    "handläggning. Av nämndens fem mål har två uppfyllts, två har delvis uppfyllts och ett har "
    "inte uppfyllts. Nämnden redovisar ett överskott om 760 tkr mot budget, främst till följd av "
    "högre avgiftsintäkter och vakanser under första halvåret."
)

JOINED = (
    "verksamhetsberät-|telse",
    "livsmedelslagstift-|ningen.",
    "informationsar-|bete",
    "ärendehanteringssyste-|met",
    "verksamhe-|terna",
    "inspektions-|app",
    "fastighets-|ägare",
    "entrepre-|nörerna.",
    "av-|giftsintäkter.",
    "ärendetillström-|ning",
    "belastningsberäk-|ning",
)

# goals: (title, status word, key status, paragraphs before the assessment, assessment text,
# footnote or None)
GOALS = [
    (
        "Effektiviteten i handläggningen av bygg- och miljöärenden ska öka",
        "Delvis uppfyllt",
        "partly",
        [
            "Nämnden har under året infört en digital ansökan för bygglov och anmälan om "
            "enskilda avlopp. Ärendena registreras nu direkt i ärendehanteringssystemet och "
            "kompletteringar begärs inom en vecka i stället för tre. Den genomsnittliga "
            "handläggningstiden¹ för bygglov sjönk från 36 till 33 dagar, och andelen beslut "
            "inom lagstadgad tid ökade till 94 procent.",
            "Inom miljöskyddet har flera ärenden om förorenade områden dragit ut på tiden i "
            "väntan på provsvar, vilket påverkar den samlade bilden.",
        ],
        "Handläggningstiderna för bygglov har förbättrats men "
        "målvärdet om 95 procent beslut inom lagstadgad tid nåddes inte.",
        "¹ Tiden från komplett ansökan till beslut, i kalenderdagar. Ärenden som pausats på "
        "sökandens begäran räknas inte.",
    ),
    (
        "Tillsynen ska vara riskbaserad och omfatta fler verksamheter",
        "Uppfyllt",
        "achieved",
        [
            "Tillsynsplanen för 2025 byggde på en ny behovsutredning där verksamheterna "
            "klassades efter risk. Inspektörerna har använt en mobil inspektionsapp som "
            "fungerar offline ute i fält, vilket har gett fler besök per dag. Andelen "
            "genomförda planerade tillsynsbesök inom miljöskyddet uppgick till 93 procent och "
            "antalet offentliga kontroller inom livsmedel ökade till 281.",
        ],
        "Samtliga prioriterade branscher har fått minst ett tillsynsbesök och "
        "tillsynen omfattar fler verksamheter än 2024.",
        None,
    ),
    (
        "Tillflödet av näringsämnen från enskilda avlopp till sjöar och vattendrag ska minska",
        "Ej uppfyllt",
        "not_achieved",
        [
            "Inventeringen av enskilda avlopp kring Åsnen och Tiken har fortsatt, men antalet "
            "åtgärdade anläggningar blev 52 mot målvärdet 80. Flera fastighetsägare har fått "
            "anstånd till 2026 på grund av långa väntetider hos entreprenörerna. Enligt den "
            "officiella statistiken² ligger belastningen av fosfor från enskilda avlopp kvar på "
            "samma nivå som 2023.",
        ],
        "Takten i åtgärdsarbetet räcker inte för att tillflödet ska minska.",
        "² Vattenmyndighetens förvaltningsplan för Södra Östersjöns vattendistrikt, "
        "belastningsberäkning 2025.",
    ),
    (
        "Invånare och företagare ska få ett professionellt bemötande och flexibel service",
        "Uppfyllt",
        "achieved",
        [
            "Förvaltningen har infört öppna telefontider varje vardag och bokningsbara "
            "förhandsmöten för företagare. Nöjd-Kund-Index för bygglov ökade till 72 och för "
            "livsmedelskontroll till 78, båda över målvärdet. Synpunkterna i mätningen gäller "
            "främst tydligheten i beslut, som nämnden arbetar vidare med under 2026.",
        ],
        "Servicemätningen visar förbättrade resultat inom samtliga myndighetsområden.",
        None,
    ),
    (
        "Verksamheten ska bedrivas kostnadseffektivt och med god finansiell kontroll",
        "Delvis uppfyllt",
        "partly",
        [
            "Nämnden redovisar ett överskott mot budget och självfinansieringsgraden ökade till "
            "46 procent. Kostnaderna för köpta tjänster blev samtidigt högre än budgeterat, "
            "eftersom konsulter anlitades för handläggning av bygglov under vakanserna i "
            "våras.",
        ],
        "Resultatet är positivt, men kostnaderna för konsulter visar att "
        "bemanningen ännu inte är långsiktigt hållbar.",
        None,
    ),
]

# KPI rows: name, 2023, 2024, 2025, target as printed, fmt
KPIS = [
    (
        "Effektivitet i handläggningen: andel bygglov beslutade inom lagstadgad tid",
        88,
        91,
        94,
        "≥ 95 %",
        PCT,
    ),
    ("Genomsnittlig handläggningstid för bygglov, dagar", 41, 36, 33, "≤ 35", N),
    ("Antal inkomna bygglovsärenden", 412, 387, 431, "–", N),
    ("Andel genomförda planerade tillsynsbesök, miljöskydd", 78, 86, 93, "≥ 90 %", PCT),
    ("Offentliga kontroller inom livsmedel, antal", 246, 262, 281, "≥ 270", N),
    ("Antal åtgärdade enskilda avlopp", 64, 71, 52, "≥ 80", N),
    ("Nöjd-Kund-Index (NKI), bygglov³", 66, 69, 72, "≥ 70", N),
    ("Nöjd-Kund-Index (NKI), livsmedelskontroll³", 74, 76, 78, "≥ 75", N),
    ("Självfinansieringsgrad, avgifter i procent av kostnaderna", 41, 42, 46, "≥ 45 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 5.8, 6.4, 4.9, "≤ 5,0 %", PCT1),
]
KPI_NOTE = (
    "³ Insikt, SKR:s servicemätning av kommunernas myndighetsutövning (skala 0–100). "
    "Värdet för 2025 avser ärenden avslutade under året."
)

# income statement (tkr): label, utfall 2024, budget 2025, utfall 2025 (costs negative)
INCOME = [
    ("Offentliga avgifter", 6412, 6800, 7254),
    ("Bidrag och ersättningar", 1108, 950, 1386),
    ("Övriga intäkter", 214, 150, 173),
]
COSTS = [
    ("Personalkostnader", -14862, -15640, -15318),
    ("Lokalkostnader", -1204, -1250, -1236),
    ("Köpta tjänster och konsulter", -1486, -1320, -1702),
    ("Övriga kostnader inkl. effektiviseringsprojekt", -1018, -990, -1097),
]
GRANT = ("Kommunbidrag", 10950, 11300, 11300)

# net cost per verksamhet (tkr): budget 2025, utfall 2025
DRIFT = [
    ("Nämnd och förvaltningsledning", 1420, 1388),
    ("Bygglov och byggtillsyn", 2150, 1614),
    ("Miljö- och hälsoskydd", 3980, 3842),
    ("Livsmedelskontroll", 890, 812),
    ("Kart- och mätverksamhet", 1760, 1842),
    ("Digitalisering och effektivisering", 1100, 1042),
]


def col3(a: list[tuple[str, int, int, int]]) -> tuple[int, int, int]:
    return tuple(sum(r[k] for r in a) for k in (1, 2, 3))  # type: ignore[return-value]


def is_rows() -> list[Row]:
    si, sk = col3(INCOME), col3(COSTS)
    net = tuple(a + b for a, b in zip(si, sk, strict=True))
    res = tuple(a + b for a, b in zip(net, GRANT[1:], strict=True))
    assert res == (114, 0, 760), res
    assert net[1] == -sum(b for _n, b, _u in DRIFT), net
    assert net[2] == -sum(u for _n, _b, u in DRIFT), net

    def row(label: str, v: tuple[int, ...], indent: int = 0) -> Row:
        u24, b25, u25 = v
        return Row(label, [u24, b25, u25, u25 - b25], indent=indent)

    rows = [Row("Intäkter", [None] * 4, heading=True)]
    rows += [row(n, (a, b, c), 1) for n, a, b, c in INCOME]
    rows.append(row("Summa intäkter", si))
    rows.append(Row("Kostnader", [None] * 4, heading=True))
    rows += [row(n, (a, b, c), 1) for n, a, b, c in COSTS]
    rows.append(row("Summa kostnader", sk))
    rows.append(row("Nettokostnad", net))
    rows.append(row(GRANT[0], GRANT[1:]))
    rows.append(row("Resultat", res))
    return rows


def build() -> Doc:
    d = Doc(
        stem="tingsryd-miljo-och-byggnadsnamnden-verksamhetsberattelse-2025",
        municipality="Tingsryd",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Miljö- och byggnadsnämnden, verksamhetsberättelse 2025 typeset as LaTeX does it "
        "(article class, booktabs; reportlab, DejaVu Serif Condensed), no title page",
        hard="typographic ligatures as single glyphs in the text layer wherever the letters "
        "meet, U+FB00 'ﬀ', U+FB01 'ﬁ', U+FB02 'ﬂ', U+FB03 'ﬃ', U+FB04 'ﬄ' (\"Eﬀektiviteten\", "
        '"ﬂer", "Tillﬂödet", "oﬃciella", "oﬄine"), in the body and in goal titles, KPI '
        'names and finance row labels ("Oﬀentliga avgifter", "Självﬁnansieringsgrad …"), '
        "keyed with plain letters; no space glyph anywhere (pdfTeX: every word gap is a TJ "
        "position step, justified lines, thousands separated by a thin kern); goals as "
        'subsections "2.1 Mål: …" (bold, a quad after the number, wrapped titles with a hanging '
        'indent) each closed by a paragraph "Bedömning: Delvis uppfyllt. …" '
        "(Uppfyllt / Delvis uppfyllt / Ej uppfyllt); \\maketitle and an abstract "
        '"Sammanfattning" instead of a cover; booktabs tables (thick top and bottom rules, a '
        "thin rule under a roman header row, no other rules) with captions above "
        '("Tabell 1: Nyckeltal 2023–2025"), a KPI table 2023 | 2024 | 2025 | Mål (targets '
        '"≥ 95 %", "≤ 35", "–"), a resultaträkning Utfall 2024 | Budget 2025 | Utfall 2025 '
        "| Avvikelse (tkr, costs with U+2212, italic label-only group rows, utfall minus budget) "
        "and a drift table Budget 2025 | Utfall 2025 | Avvikelse (budget minus utfall); footnote "
        'marks as raised digits glued to the word ("handläggningstiden1", a KPI name '
        '"…bygglov3") with the footnotes at the page bottom above the centred page number, the '
        "only page furniture",
    )
    # the words TeX's hyphenation breaks at a line end (render() asserts the same list)
    d.options["check_joins"] = list(JOINED)
    n: dict[str, int] = {}
    for g in GOALS:
        n[g[2]] = n.get(g[2], 0) + 1
    assert n == {"partly": 2, "achieved": 2, "not_achieved": 1}, n

    d.add(Custom("maketitle", {}, words=f"{TITLE}\n{COMMITTEE}\n{MUNI}\n{DATE}"))
    d.add(Custom("abstract", {"text": ABSTRACT}, words=f"Sammanfattning\n{ABSTRACT}"))

    d.h(1, "Inledning", "1")
    d.p(
        "Miljö- och byggnadsnämnden är kommunens myndighetsnämnd för prövning och tillsyn "
        "enligt plan- och bygglagen, miljöbalken och livsmedelslagstiftningen. Nämnden "
        "ansvarar också för kart- och mätverksamheten, adressregistret och den fysiska "
        "planeringens underlag. Förvaltningen har 21 medarbetare fördelade på enheterna bygg, "
        "miljö och kart."
    )
    d.h(2, "Viktiga händelser under året", "1.1")
    d.p(
        "Från den 1 januari gäller en ny taxa för offentlig kontroll av livsmedel med "
        "efterhandsdebitering. Omställningen krävde ett omfattande informationsarbete mot "
        "företagen men har gett en jämnare finansiering av kontrollen."
    )
    d.p(
        "Antalet inkomna bygglovsärenden ökade med elva procent jämfört med 2024, främst "
        "tillbyggnader och fritidshus kring Tiken och i Urshult. Två handläggare slutade under "
        "våren och tjänsterna kunde tillsättas först i augusti; under tiden anlitades konsulter. "
        "Nämnden antog i oktober en ny tillsynsplan för åren 2026–2028."
    )
    d.h(2, "Förutsättningar och omvärld", "1.2")
    d.p(
        "Räntenivån och byggkostnaderna har fortsatt att hålla nere nyproduktionen av "
        "bostäder, medan efterfrågan på fritidshus och tillbyggnader är stabil. Länsstyrelsens "
        "nya vägledning om enskilda avlopp innebär skärpta krav i områden med hög "
        "skyddsnivå, vilket berör flera hundra fastigheter i kommunen."
    )

    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden och nämnden "
        "har brutit ned dem i fem nämndmål. Varje mål bedöms som uppfyllt, delvis uppfyllt "
        "eller ej uppfyllt utifrån nyckeltalen i avsnitt 3 och verksamhetens analys."
    )
    for i, (title, word, status, paras, assess, fn) in enumerate(GOALS, 1):
        d.goal(title, status)
        d.h(2, f"Mål: {title}", f"2.{i}")
        for p in paras:
            d.p(p)
        d.add(
            Custom(
                "assess",
                {"word": word, "reason": assess},
                words=f"Bedömning: {word}. {assess}",
            )
        )
        if fn:
            d.add(Custom("footnote", {"text": fn}, words=fn))

    d.h(1, "Nyckeltal", "3")
    d.p(
        "Tabell 1 visar nämndens nyckeltal för de tre senaste åren. Målvärdena avser 2025 och "
        "är beslutade i nämndens verksamhetsplan."
    )
    kpi_rows = [Row(nm, [a, b, c, Raw(t)], fmt=f) for nm, a, b, c, t, f in KPIS]
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
                Col(("Mål",)),
            ],
            rows=kpi_rows,
            kind="kpi",
            caption="Tabell 1: Nyckeltal 2023–2025",
        )
    )
    d.add(Custom("footnote", {"text": KPI_NOTE}, words=KPI_NOTE))

    d.h(1, "Ekonomi", "4")
    d.h(2, "Resultaträkning", "4.1")
    d.p(
        "Nämnden redovisar ett resultat om 760 tkr. Intäkterna blev 913 tkr högre än budget, "
        "främst genom fler bygglov och den nya livsmedelstaxan. Personalkostnaderna blev lägre "
        "än budget på grund av vakanser, medan köpta tjänster överskred budget med 382 tkr."
    )
    d.table(
        Table(
            label_head=("",),
            cols=[
                Col(("Utfall", "2024")),
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=is_rows(),
            kind="is",
            caption="Tabell 2: Resultaträkning 2025 (tkr)",
            note="Avvikelse = utfall 2025 minus budget 2025. Kostnader anges med minustecken.",
            fmt=TKR,
        )
    )
    d.h(2, "Nettokostnad per verksamhet", "4.2")
    d.p(
        "Bygglov och byggtillsyn visar det största överskottet tack vare ökade "
        "avgiftsintäkter. Kart- och mätverksamheten överskred budget på grund av en "
        "flygfotografering som tidigarelades från 2026."
    )
    tb = sum(b for _n, b, _u in DRIFT)
    tu = sum(u for _n, _b, u in DRIFT)
    drows = [Row(nm, [b, u, b - u]) for nm, b, u in DRIFT]
    drows.append(Row("Summa", [tb, tu, tb - tu], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=drows,
            kind="unit",
            caption="Tabell 3: Nettokostnad per verksamhet 2025 (tkr)",
            note="Avvikelse = budget minus utfall; ett positivt belopp är ett överskott.",
            fmt=TKR,
        )
    )

    d.h(1, "Framtida utmaningar", "5")
    d.p(
        "De skärpta kraven på enskilda avlopp och en fortsatt hög ärendetillströmning ställer "
        "krav på bemanningen. Nämnden prioriterar under 2026 att behålla kompetenta "
        "medarbetare, att utveckla de digitala tjänsterna vidare och att öka takten i "
        "avloppsinventeringen, så att målet om ett minskat tillflöde av näringsämnen kan nås "
        "under perioden 2026–2028."
    )
    return d


# ---------------------------------------------------------------- LaTeX-like drawing

FAM = "DejaVuSerifCondensed"
RM, BF, IT = FAM, f"{FAM}-Bold", f"{FAM}-Italic"
LIGS = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"))
THIN = "\x01"  # a thin kern (siunitx's \,) between digit groups
NUMSEP = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


# TeX's hyphenation points for the long words of this text (Swedish patterns, by hand)
HYPH_WORDS = [
    "verk-sam-hets-be-rät-tel-se",
    "bygg-nads-nämn-den",
    "livs-me-dels-lag-stift-ning-en",
    "ef-ter-hands-de-bi-te-ring",
    "in-for-ma-tions-ar-be-te",
    "ären-de-han-te-rings-sy-ste-met",
    "fas-tig-hets-äga-re",
    "en-tre-pre-nö-rer-na",
    "själv-fi-nan-si-e-rings-gra-den",
    "ären-de-till-ström-ning",
    "av-lopps-in-ven-te-ring-en",
    "myn-dig-hets-nämnd",
    "ny-pro-duk-tion-en",
    "mät-verk-sam-he-ten",
    "för-valt-nings-plan",
    "be-last-nings-be-räk-ning",
    "ka-len-der-da-gar",
    "myn-dig-hets-ut-öv-ning",
    "bygg-lovs-ären-den",
    "hand-lägg-nings-ti-den",
    "till-syns-be-sök",
    "be-hovs-ut-red-ning",
    "in-spek-tions-app",
    "myn-dig-hets-om-rå-den",
    "livs-me-dels-tax-an",
    "per-so-nal-kost-na-der-na",
    "av-gifts-in-täk-ter",
    "flyg-fo-to-gra-fe-ring",
    "ti-di-ga-re-la-des",
    "kom-mun-full-mäk-ti-ge",
    "in-rikt-nings-mål",
    "man-dat-pe-ri-o-den",
    "för-o-re-na-de",
    "om-fat-tan-de",
    "Om-ställ-ning-en",
    "till-bygg-na-der",
    "Läns-sty-rel-sens",
    "skydds-ni-vå",
    "In-ven-te-ring-en",
    "be-last-ning-en",
    "bud-ge-te-rat",
    "lång-sik-tigt",
    "tjäns-ter-na",
    "pri-o-ri-te-rar",
    "kom-pe-ten-ta",
    "med-ar-be-ta-re",
    "Ser-vice-mät-ning-en",
    "sam-t-li-ga",
    "bok-nings-ba-ra",
    "för-hands-mö-ten",
    "te-le-fon-ti-der",
    "Syn-punk-ter-na",
    "tyd-lig-he-ten",
    "Handläggnings-ti-der-na",
    "må-lupp-fyl-lel-se",
    "pla-ne-ring-ens",
    "myn-dig-hets-ut-öv-ning",
    "kon-trol-len",
    "fri-tids-hus",
    "bo-stä-der",
    "ef-ter-frå-gan",
    "an-vänt",
    "Ären-de-na",
    "kom-plet-te-ring-ar",
    "verk-sam-he-ter-na",
    "verk-sam-he-ter",
    "kost-na-der-na",
]
HYPH = {w.replace("-", ""): w for w in HYPH_WORDS}
UNLIG = {b: a for a, b in LIGS}
JOINS: list[str] = []


def unlig(s: str) -> str:
    for b, a in UNLIG.items():
        s = s.replace(b, a)
    return s


def hyph_split(word: list[Seg], room: float) -> tuple[list[Seg], list[Seg]] | None:
    """Split a one-segment word at the last hyphenation point whose prefix + "-" fits."""
    if len(word) != 1:
        return None
    text, font, size, r = word[0]
    plain = unlig(text)
    core = plain.rstrip(".,;:")
    h = HYPH.get(core)
    if not h:
        return None
    pts = [i for i, ch in enumerate(h) if ch == "-"]
    pts = [p - k for k, p in enumerate(pts)]  # positions in the plain word
    for p in reversed(pts):
        if p < 2 or len(plain) - p < 3:
            continue
        a = lig(plain[:p]) + "-"
        if rl.sw(a, font, size) <= room:
            return [(a, font, size, r)], [(lig(plain[p:]), font, size, r)]
    return None


def register() -> None:
    if RM in pdfmetrics.getRegisteredFontNames():
        return
    base = "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed"
    for name, suf in ((RM, ""), (BF, "-Bold"), (IT, "-Italic")):
        pdfmetrics.registerFont(TTFont(name, f"{base}{suf}.ttf"))


def lig(s: str) -> str:
    for a, b in LIGS:
        s = s.replace(a, b)
    return s


# a word: list of segments (text, font, size, rise); a line: list of (gap_before, word)
Seg = tuple[str, str, float, float]


def words_of(runs: list[tuple[str, str]], size: float) -> list[tuple[float, list[Seg]]]:
    """Split runs of (text, font) into words with the natural gap before each word."""
    out: list[tuple[float, list[Seg]]] = []
    cur: list[Seg] = []
    gap = 0.0
    pend = 0.0
    for text, font in runs:
        for tok in re.split(r"( |\x01)", text):
            if tok in (" ", THIN):
                if cur:
                    out.append((gap, cur))
                    cur = []
                pend = rl.sw(" ", font, size) if tok == " " else size / 6
                gap = pend
                continue
            if not tok:
                continue
            for piece in re.split(r"([¹²³⁴⁵])", tok):
                if not piece:
                    continue
                if piece in SUP:
                    cur.append((SUP[piece], RM, size * 0.7, size * 0.36))
                else:
                    cur.append((lig(piece), font, size, 0.0))
    if cur:
        out.append((gap, cur))
    return out


def wwidth(w: list[Seg]) -> float:
    return sum(rl.sw(t, f, s) for t, f, s, _r in w)


def emit_line(c, x: float, y: float, items: list[tuple[float, list[Seg]]]) -> None:
    """One BT … ET per line; word gaps are TJ position steps, never space glyphs."""
    doc = c._doc
    code = ["BT", f"1 0 0 1 {x:.2f} {y:.2f} Tm"]
    cur = (None, None, None)
    rise = 0.0
    for gap, word in items:
        first = True
        for text, font, size, r in word:
            f = pdfmetrics.getFont(font)
            if r != rise:
                code.append(f"{r:.2f} Ts")
                rise = r
            for subset, t in f.splitString(text, doc):
                key = (font, subset, size)
                if key != cur:
                    code.append(f"{f.getSubsetInternalName(subset, doc)} {size:g} Tf")
                    cur = key
                arr = []
                if first and gap:
                    arr.append(f"{-gap * 1000 / size:.0f}")
                first = False
                arr.append("(" + c._escape(t) + ")")
                code.append("[" + " ".join(arr) + "] TJ")
    if rise:
        code.append("0 Ts")
    code.append("ET")
    c._code.append(" ".join(code))


class LPara(Flowable):
    """A paragraph as TeX sets it: justified, first-line indent, optional hanging label."""

    def __init__(
        self,
        runs: list[tuple[str, str]],
        size: float = 10,
        leading: float = 12.4,
        indent: float = 0,
        align: str = "justify",
        before: float = 0,
        after: float = 0,
        left: float = 0,
        right: float = 0,
        hang: list[Seg] | None = None,
        hang_w: float = 0,
        hyphenate: bool = False,
    ) -> None:
        super().__init__()
        self.hyphenate = hyphenate
        self.words = words_of(runs, size)
        self.size, self.leading, self.indent = size, leading, indent
        self.align, self.before, self.after = align, before, after
        self.left, self.right = left, right
        self.hang, self.hang_w = hang, hang_w

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        self.splits: list[str] = []
        self.lines: list[list[tuple[float, list[Seg]]]] = []
        line: list[tuple[float, list[Seg]]] = []
        w = 0.0
        for gap, word in self.words:
            avail = (
                aw - self.left - self.right - self.hang_w - (self.indent if not self.lines else 0)
            )
            ww = wwidth(word)
            if line and w + gap + ww > avail:
                room = avail - w - gap
                sp = hyph_split(word, room) if self.hyphenate and room > 22 else None
                if sp:
                    self.splits.append(unlig(sp[0][0][0]) + "|" + unlig(sp[1][0][0]))
                    line.append((gap, sp[0]))
                    word, ww = sp[1], wwidth(sp[1])
                self.lines.append(line)
                line, w = [], 0.0
            line.append((gap if line else 0.0, word))
            w += (gap if len(line) > 1 else 0) + ww
        if line:
            self.lines.append(line)
        self.width = aw
        self.height = self.before + self.leading * len(self.lines) + self.after
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        JOINS.extend(self.splits)
        y = self.height - self.before - self.size
        for i, line in enumerate(self.lines):
            x0 = self.left + self.hang_w + (self.indent if i == 0 else 0)
            avail = self.aw - x0 - self.right
            nat = sum(wwidth(w) for _g, w in line) + sum(g for g, _w in line)
            items = line
            if self.align == "justify" and i < len(self.lines) - 1 and len(line) > 1:
                k = sum(1 for g, _w in line[1:] if g > 2) or 1
                extra = (avail - nat) / k
                items = [(g + (extra if g > 2 else 0), w) for g, w in line]
                items[0] = (0.0, line[0][1])
            elif self.align == "center":
                x0 += (avail - nat) / 2
            elif self.align == "right":
                x0 += avail - nat
            if i == 0 and self.hang:
                emit_line(c, self.left, y, [(0.0, self.hang)])
            emit_line(c, x0, y, items)
            y -= self.leading


class FootMark(Flowable):
    """Zero size: the footnote belongs to the page this lands on."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_flags.setdefault("fn", []).append(self.text)


class BookTable(Flowable):
    """A tabular with booktabs rules, centred, the first column a p{} column when needed."""

    def __init__(self, t: Table, maxw: float, size: float = 9) -> None:
        super().__init__()
        self.hAlign = "CENTER"
        self.t, self.size = t, size
        self.lead = size * 1.24
        self.sep = 6.0  # \tabcolsep
        nh = max(len(c.head) for c in t.cols)
        grid = [[""] * (nh - len(h)) + list(h) for h in [t.label_head] + [c.head for c in t.cols]]
        self.rows: list[tuple[str, list[str], str]] = [
            ("head" if k == nh - 1 else "head0", [g[k] for g in grid], RM) for k in range(nh)
        ]
        head = self.rows[-1][1]
        for r in t.rows:
            if r.heading:
                self.rows.append(("group", [r.label], IT))
                continue
            cells = [
                NUMSEP.sub(THIN, t.fmt_cell(r, c, v)) for c, v in zip(t.cols, r.cells, strict=True)
            ]
            self.rows.append(("indent" if r.indent else "row", [r.label] + cells, RM))
        ncol = len(head)
        nat = [0.0] * ncol
        for kind, cells, font in self.rows:
            for j, s in enumerate(cells):
                if kind == "group" and j == 0:
                    continue
                ww = words_of([(s, font)], size)
                w = sum(wwidth(x) for _g, x in ww) + sum(g for g, _x in ww[1:])
                nat[j] = max(nat[j], w + (10 if kind == "indent" and j == 0 else 0))
        rest = sum(nat[1:]) + 2 * self.sep * ncol
        nat[0] = min(nat[0], maxw - rest)
        self.colw = nat
        self.width = sum(nat) + 2 * self.sep * ncol

    def _cell(self, s: str, font: str, w: float, align: str, left: float = 0) -> LPara:
        p = LPara([(s, font)], self.size, self.lead, align=align, left=left)
        p.wrap(w, 1000)
        return p

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.laid: list[tuple[str, list[LPara], float]] = []
        h = 0.0
        for kind, cells, font in self.rows:
            if kind == "group":
                p = self._cell(cells[0], font, self.width - 2 * self.sep, "left")
                ps = [p]
            else:
                ps = [
                    self._cell(
                        s,
                        font,
                        self.colw[j] + (0.01 if j else 0),
                        "left" if j == 0 else "right",
                        left=10 if kind == "indent" and j == 0 else 0,
                    )
                    for j, s in enumerate(cells)
                ]
            rh = max(len(p.lines) for p in ps) * self.lead
            self.laid.append((kind, ps, rh))
            h += rh + (3 if kind == "head" else 0)
        self.height = h + 3 + 2.5
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height
        c.setStrokeColor(colors.black)

        def rule(yy: float, lw: float) -> None:
            c.setLineWidth(lw)
            c.line(0, yy, self.width, yy)

        rule(y - 0.4, 0.8)  # \toprule
        y -= 3
        for kind, ps, rh in self.laid:
            x = self.sep
            for j, p in enumerate(ps):
                p.drawOn(c, x, y - len(p.lines) * self.lead)
                if j < len(self.colw):
                    x += self.colw[j] + 2 * self.sep
            y -= rh
            if kind == "head":
                y -= 1.2
                rule(y, 0.5)  # \midrule
                y -= 1.8
        y -= 2.1
        rule(y, 0.8)  # \bottomrule


def render(doc: Doc, out: Path) -> Path:
    register()
    cm = rl.cm
    side = (A4[0] - 352) / 2  # a4paper article: a 352 pt text block, wide margins
    top, bottom = 3.4 * cm, 4.7 * cm
    r = rl.RLDoc(
        doc,
        {
            "font": "LiberationSerif",
            "margins": (top, bottom, side, side),
        },
    )
    W = r.frame_width()
    SIZE, LEAD = 10.0, 12.6

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        notes = flags.get("fn", [])
        if notes:
            y = bottom - 0.3 * cm
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.4)
            c.line(side, y, side + W * 0.4, y)
            y -= 3
            for text in notes:
                mark, body = SUP[text[0]], text[2:]
                # the mark raised in a 1.8em box before the text, as \@makefntext sets it
                p = LPara([(body, RM)], 8, 9.6, indent=8 * 1.8, hyphenate=True)
                p.wrap(W, 1000)
                y -= p.height
                p.drawOn(c, side, y)
                mx = side + 8 * 1.8 - rl.sw(mark, RM, 5.6) - 1.5
                emit_line(c, mx, y + p.height - 8, [(0.0, [(mark, RM, 5.6, 2.9)])])
        c.setFillColor(colors.black)
        emit_line(
            c,
            A4[0] / 2 - rl.sw(str(page), RM, SIZE) / 2,
            bottom - 2.3 * cm,
            [(0.0, [(str(page), RM, SIZE, 0.0)])],
        )
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    story: list[Flowable] = []
    after_heading = True

    def heading(b: H) -> Flowable:
        size = {1: 14.4, 2: 12.0}[b.level]
        num = [(b.num or "", BF, size, 0.0)]
        nw = rl.sw(b.num or "", BF, size) + size  # a quad after the number
        return LPara(
            [(b.title, BF)],
            size,
            size * 1.2,
            align="left",
            before=size * (1.1 if b.level == 1 else 0.95),
            after=size * 0.55,
            hang=num,
            hang_w=nw,
        )

    blocks = doc.blocks
    i = 0
    pending: list[Flowable] = []
    while i < len(blocks):
        b = blocks[i]
        i += 1
        if isinstance(b, Custom) and b.kind == "maketitle":
            story += [
                Spacer(1, 0.6 * cm),
                LPara([(TITLE, RM)], 17.3, 21, align="center", after=8),
                LPara([(COMMITTEE, RM)], 12, 15, align="center", after=1),
                LPara([(MUNI, RM)], 12, 15, align="center", after=9),
                LPara([(DATE, RM)], 12, 15, align="center", after=16),
            ]
        elif isinstance(b, Custom) and b.kind == "abstract":
            story += [
                LPara([("Sammanfattning", BF)], 9, 11, align="center", after=3),
                LPara(
                    [(b.data["text"], RM)],
                    9,
                    11,
                    indent=15,
                    left=28,
                    right=28,
                    after=4,
                    hyphenate=True,
                ),
            ]
        elif isinstance(b, H):
            pending.append(heading(b))
            after_heading = True
            continue
        elif isinstance(b, P):
            f = LPara([(b.body, RM)], SIZE, LEAD, indent=0 if after_heading else 15, hyphenate=True)
            story += [KeepTogether(pending + [f])] if pending else [f]
            pending = []
            after_heading = False
        elif isinstance(b, Custom) and b.kind == "assess":
            f = LPara(
                [("Bedömning: ", BF), (f"{b.data['word']}. {b.data['reason']}", RM)],
                SIZE,
                LEAD,
                indent=15,
                hyphenate=True,
            )
            story.append(f)
            after_heading = False
        elif isinstance(b, Custom) and b.kind == "footnote":
            story.append(FootMark(b.data["text"]))
        elif isinstance(b, Table):
            cap = LPara([(b.caption or "", RM)], SIZE, LEAD, align="center", before=8, after=4)
            tbl = BookTable(b, W)
            parts: list[Flowable] = [cap, tbl]
            if b.note:
                parts.append(LPara([(b.note, RM)], 8, 9.8, align="center", before=3, after=0))
            parts.append(Spacer(1, 10))
            story += [CondPageBreak(20)] + (
                [KeepTogether(pending + parts)] if pending else [KeepTogether(parts)]
            )
            pending = []
            after_heading = True  # TeX: no indent after a float
        elif isinstance(b, Bullets):
            raise TypeError(b)
    JOINS.clear()
    path = r.build(out / f"{doc.stem}.pdf", story=story, first_plain=False)
    assert list(JOINED) == JOINS, JOINS
    return path

"""Härryda, Miljö- och hälsoskyddsnämnden, delårsrapport januari–augusti 2026 (reportlab,
Liberation Sans) from a BROKEN EXPORT CHAIN: the page is right, the text layer is mojibake.

The report was made by a reporting tool whose PDF writer built each embedded font's ToUnicode
CMap from the UTF-8 bytes of the characters read back as Windows-1252 (what is usually called
"Latin-1"), so every character outside ASCII maps to two or three characters in the text layer:
å → "Ã¥", ä → "Ã¤", ö → "Ã¶", Å → "Ã…", Ä → "Ã„", Ö → "Ã–", é → "Ã©", the en dash → "â€“",
"≥" → "â‰¥", "≤" → "â‰¤", "·" → "Â·". The glyphs drawn are the right ones (the font programs and
the codes in the content streams are untouched), so pdftoppm and every viewer show normal Swedish
while pdftotext and pypdfium2 read "HÃ¤rryda kommun", "MiljÃ¶- och hÃ¤lsoskyddsnÃ¤mnden",
"DelÃ¥rsrapport januariâ€“augusti 2026", "UppnÃ¥s delvis", "Ej bedÃ¶md". The document's info
title went through the same chain. Everything in ASCII (digits, the hyphen-minus of negative
amounts, the space used as thousands separator) is untouched.

The answer key and the expected text are what the page SHOWS (correct Swedish). make_corpus's
word check compares them with pdftotext's output after undoing the mojibake (the option
`ref_text_fix`), and render() asserts that pdftotext really shows the mojibake.

Content: masthead; 1 Sammanfattning; 2 Viktiga händelser; 3 Måluppfyllelse, a goal table
Nämndmål | Prognos helår | Kommentar with six goals ("Uppnås", "Uppnås delvis", "Uppnås inte",
"Ej bedömd"); 4 Nyckeltal, Jan–aug 2024 | Jan–aug 2025 | Jan–aug 2026 | Mål 2026 (period values,
helårsmål, a dash for a volume without a target); 5 Ekonomi, a drift table Budget 2026 | Utfall
jan–aug 2026 | Prognos 2026 | Avvikelse (tkr, budget minus prognos, a Summa row) and a table of
income and costs (tkr, costs negative, prognos minus budget); 6 Förslag till beslut. Running
header "Härryda kommun · Miljö- och hälsoskyddsnämnden" | "Delårsrapport januari–augusti 2026",
footer "Dnr MHN 2026/214" | "Sida n av 3".
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase import ttfonts
from reportlab.platypus import Paragraph, Spacer

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Härryda kommun"
COMMITTEE = "Miljö- och hälsoskyddsnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
DNR = "Dnr MHN 2026/214"
GREEN = colors.HexColor("#2E6B4F")
HEAD_BG = colors.HexColor("#E3EEE8")


# ------------------------------------------------------------------ the broken chain


def moji(s: str) -> str:
    """UTF-8 bytes read as Windows-1252, as the export chain does (bytes cp1252 leaves undefined
    become the C1 control of the same number, as the sloppy decoders do)."""
    out = []
    for ch in s:
        if ord(ch) < 0x80:
            out.append(ch)
            continue
        for byte in ch.encode("utf-8"):
            try:
                out.append(bytes([byte]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(byte))
    return "".join(out)


def unmoji(text: str) -> str:
    """Undo `moji` on a text layer (for the word check only)."""
    table = {moji(chr(c)): chr(c) for c in range(0x80, 0x2300)}
    keys = sorted(table, key=len, reverse=True)
    pat = re.compile("|".join(re.escape(k) for k in keys if len(k) > 1))
    return pat.sub(lambda m: table[m.group(0)], text)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with each code's Unicode string put through `moji`."""
    out = _orig_cmap(fontname, subset).split("\n")
    i = out.index(f"{len(subset)} beginbfchar") + 1
    for k, v in enumerate(subset):
        out[i + k] = f"<{k:02X}> <{moji(chr(v)).encode('utf-16-be').hex().upper()}>"
    return "\n".join(out)


_orig_cmap = ttfonts.makeToUnicodeCMap


# ------------------------------------------------------------------ content

WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
    "unassessed": "Ej bedömd",
}

GOALS = [
    (
        "Samtliga livsmedelsanläggningar i hög riskklass ska kontrolleras enligt nämndens "
        "kontrollplan",
        "expected_achieved",
        "69 procent av årets planerade kontroller var genomförda i augusti. Två vakanta "
        "inspektörstjänster är tillsatta och resterande kontroller är inbokade till hösten.",
    ),
    (
        "Handläggningstiden för anmälningsärenden ska minska",
        "expected_achieved",
        "Mediantiden för anmälan om värmepump har minskat till 12 dagar sedan e-tjänsten "
        "med automatisk registrering infördes i februari.",
    ),
    (
        "Tillsynen av enskilda avlopp ska bidra till minskad övergödning i Rolfsån och Mölndalsån",
        "partly",
        "Inventeringen i Rolfsåns avrinningsområde går enligt plan, men inventeringen längs "
        "Mölndalsån har skjutits till 2027 på grund av överklagade förelägganden.",
    ),
    (
        "Företagarnas nöjdhet med nämndens service ska öka",
        "expected_achieved",
        "Nöjd-Kund-Index i den löpande enkäten efter kontrollbesök är 77, vilket är över "
        "målvärdet. Företagarna är mest nöjda med bemötande och information.",
    ),
    (
        "Självfinansieringsgraden för tillsyn och kontroll ska öka till minst 50 procent",
        "expected_not_achieved",
        "Avgiftsintäkterna blir lägre än budgeterat eftersom färre timmar har kunnat "
        "debiteras under vakanserna. Taxan för efterhandsdebitering har inte börjat gälla.",
    ),
    (
        "Luftkvaliteten i Landvetter centrum ska klara miljökvalitetsnormen för kvävedioxid",
        "unassessed",
        "Mätningarna vid Landvetter centrum pågår till och med december och resultatet "
        "redovisas i nämndens verksamhetsberättelse.",
    ),
]

# name, jan–aug 2024, jan–aug 2025, jan–aug 2026, Mål 2026, format
KPIS = [
    ("Genomförda kontroller i hög riskklass, andel av årets plan", 58, 63, 69, "100 %", PCT),
    ("Handläggningstid för anmälan om värmepump, median, dagar", 21, 17, 12, "≤ 14", N),
    ("Inventerade enskilda avlopp, antal", 96, 121, 143, "≥ 220", N),
    ("Förelägganden om åtgärder för enskilt avlopp, antal", 31, 38, 44, "–", N),
    ("Nöjd-Kund-Index efter kontrollbesök", 72, 74, 77, "≥ 75", N),
    ("Självfinansieringsgrad, tillsyn och kontroll", 46, 47, 45, "≥ 50 %", PCT),
    ("Klagomål på buller och inomhusmiljö, antal", 64, 58, 71, "–", N),
    ("Sjukfrånvaro bland medarbetarna", 6.1, 6.8, 5.2, "≤ 5,5 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug 2026, prognos 2026
DRIFT = [
    ("Nämnd och förvaltningsledning", 2_450, 1_580, 2_400),
    ("Livsmedelskontroll", 4_820, 3_010, 4_700),
    ("Miljötillsyn", 6_930, 4_870, 7_210),
    ("Hälsoskydd", 3_160, 2_030, 3_050),
    ("Enskilda avlopp och vatten", 1_840, 1_390, 2_060),
    ("Naturvård och miljöstrategiskt arbete", 2_700, 1_560, 2_590),
]

# row, budget 2026, utfall jan–aug 2026, prognos 2026 (costs negative)
RESULT = [
    ("Avgifter och bidrag", 9_400, 6_020, 8_900),
    ("Personalkostnader", -23_650, -15_380, -23_240),
    ("Lokaler och övriga kostnader", -7_650, -5_080, -7_670),
]


def build() -> Doc:
    d = Doc(
        stem="harryda-miljo-och-halsoskyddsnamnden-delarsrapport-2026-08",
        municipality="Härryda",
        committee="Miljö- och hälsoskyddsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Miljö- och hälsoskyddsnämnden, delårsrapport januari–augusti 2026 from a broken "
        "export chain (reportlab, Liberation Sans with rewritten ToUnicode maps), no title page",
        hard="the text layer is MOJIBAKE while the page looks right: every embedded font's "
        "ToUnicode CMap was built from the UTF-8 bytes of each character read as Windows-1252, so "
        'each å, ä, ö, Å, Ä, Ö and é is two characters in the text layer ("Ã¥", "Ã¤", "Ã¶", '
        '"Ã…", "Ã„", "Ã–", "Ã©") and the en dash, "≥", "≤" and "·" three ("â€“", "â‰¥", '
        '"â‰¤", "Â·"), in the municipality ("HÃ¤rryda kommun"), the committee ("MiljÃ¶- och '
        'hÃ¤lsoskyddsnÃ¤mnden"), the title and period ("DelÃ¥rsrapport januariâ€“augusti 2026"), '
        'the running header, every goal title, the forecast words ("UppnÃ¥s delvis", "Ej '
        'bedÃ¶md"), KPI names, column heads ("Utfall janâ€“aug 2026") and row labels, and the '
        "info title too, while the glyphs drawn are the right letters, so a viewer and "
        "pdftoppm show normal Swedish; ASCII (digits, hyphen-minus, spaces) is untouched; "
        "the key is what the page shows; six goals in a table Nämndmål | Prognos helår | "
        'Kommentar ("Uppnås", "Uppnås delvis", "Uppnås inte", "Ej bedömd"); a KPI table Jan–aug '
        "2024 | Jan–aug 2025 | Jan–aug 2026 | Mål 2026; a drift table Budget 2026 | Utfall "
        "jan–aug 2026 | Prognos 2026 | Avvikelse (tkr, budget minus prognos) with a Summa row "
        "and an income and cost table (tkr, costs negative, prognos minus budget)",
        options={
            "ref_text_fix": unmoji,
            "pdf_title": moji(f"{TITLE} – {COMMITTEE}"),
            "pdf_author": moji("Miljö- och hälsoskyddsförvaltningen"),
            "pdf_creator": "Rapportverktyget 4.2",
        },
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Behandlad av nämnden 2026-09-23 · Miljö- och hälsoskyddsförvaltningen",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Miljö- och hälsoskyddsnämnden redovisar i denna delårsrapport verksamhet, "
        "måluppfyllelse och ekonomi för perioden januari–augusti 2026 samt en prognos för "
        "helåret. Nämnden har sex mål för 2026. Tre mål bedöms uppnås vid årets slut, ett mål "
        "bedöms delvis uppnås och ett mål bedöms inte uppnås. Målet om luftkvalitet kan inte "
        "bedömas förrän årets mätningar är avslutade."
    )
    d.p(
        "Prognosen för helåret är ett underskott om 110 tkr mot budget. Miljötillsynen och "
        "verksamheten för enskilda avlopp har högre kostnader än budgeterat, medan "
        "livsmedelskontrollen, hälsoskyddet och naturvården visar överskott till följd av "
        "vakanser under våren."
    )
    d.h(1, "Viktiga händelser under perioden", "2")
    d.p(
        "I februari infördes en ny e-tjänst för anmälan om värmepumpar och enskilda avlopp. "
        "Ärendena registreras nu automatiskt i verksamhetssystemet, vilket har kortat "
        "handläggningstiden tydligt. Under våren var två inspektörstjänster inom "
        "livsmedelskontrollen vakanta; båda är tillsatta sedan juni."
    )
    d.p(
        "Inventeringen av enskilda avlopp har fortsatt i Rolfsåns avrinningsområde kring "
        "Hindås och Rävlanda. Tre förelägganden längs Mölndalsån har överklagats till "
        "mark- och miljödomstolen, och inventeringen där har därför skjutits upp. Klagomålen "
        "på buller har ökat, främst från boende nära byggarbetsplatserna i Mölnlycke centrum."
    )
    d.p(
        "Nämnden har under perioden yttrat sig över detaljplanen för Landvetter Södra och "
        "deltagit i kommunens arbete med den nya naturvårdsplanen, som ska antas av "
        "kommunfullmäktige under hösten."
    )
    d.p(
        "Förvaltningen hade 31 tillsvidareanställda i augusti. Sjukfrånvaron för perioden "
        "var 5,2 procent, vilket är lägre än under samma period 2025. Medarbetarenkäten i maj "
        "visade ett index för hållbart medarbetarengagemang (HME) på 81, samma nivå som "
        "föregående år. Ett gemensamt arbete med Mölndals stad om delade inspektörstjänster "
        "inom dricksvattenkontrollen har inletts och väntas ge effekt från 2027."
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Nämndens mål är beslutade i verksamhetsplanen för 2026 och utgår från "
        "kommunfullmäktiges inriktning om en hållbar kommun med god service till invånare och "
        "företag. Till varje mål hör ett eller flera nyckeltal."
    )
    d.p(
        "Prognosen avser måluppfyllelsen vid årets slut och bygger på utfallet för "
        "januari–augusti. Nyckeltalen som följer upp målen redovisas i avsnitt 4."
    )
    for title, status, _comment in GOALS:
        d.goal(title, status)
    d.add(
        Custom(
            "goals",
            {},
            words="Tabell 1. Nämndens mål och prognos för helåret\n"
            "Nämndmål\tPrognos helår\tKommentar\n"
            + "\n".join(f"{t}\t{WORDS[s]}\t{c}" for t, s, c in GOALS),
        )
    )
    d.h(1, "Nyckeltal", "4")
    d.p(
        "Nyckeltalen avser perioden januari–augusti respektive år. Målvärdena gäller för "
        "helåret 2026."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug", "2024"), year="2024"),
                Col(("Jan–aug", "2025"), year="2025"),
                Col(("Jan–aug", "2026"), year="2026"),
                Col(("Mål", "2026"), year=None),
            ],
            rows=[Row(n, [a, b, c, Raw(m)], fmt=f) for n, a, b, c, m, f in KPIS],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            note="– = inget målvärde. Nöjd-Kund-Index mäts med nämndens egen enkät efter "
            "kontrollbesök (skala 0–100).",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi", "5")
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot == [21_900, 14_440, 22_010], tot
    d.p(
        "Nämndens budget för 2026 är 21 900 tkr. Utfallet för januari–augusti är 14 440 tkr, "
        "vilket motsvarar 66 procent av budgeten. Prognosen för helåret är 22 010 tkr, ett "
        "underskott om 110 tkr."
    )
    d.p(
        "Miljötillsynen beräknas överskrida budget med 280 tkr, främst för konsultstöd i de "
        "överklagade ärendena om förorenad mark. Enskilda avlopp och vatten har ett underskott "
        "om 220 tkr till följd av fler provtagningar än planerat. Vakanserna inom "
        "livsmedelskontrollen och hälsoskyddet ger överskott som delvis täcker underskotten."
    )
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
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
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; negativt belopp = underskott.",
            label_width=3.2,
        )
    )
    rrows = [Row(n, [b, u, p, p - b]) for n, b, u, p in RESULT]
    net = [sum(x[j] for x in RESULT) for j in range(1, 4)]
    assert net == [-21_900, -14_440, -22_010], net
    rrows.append(Row("Nettokostnad", [*net, net[2] - net[0]], total=True))
    d.p(
        "Avgiftsintäkterna beräknas bli 500 tkr lägre än budgeterat eftersom färre "
        "tillsynstimmar har kunnat debiteras under vakanserna. Personalkostnaderna blir "
        "samtidigt 410 tkr lägre än budget."
    )
    d.table(
        Table(
            label_head=("",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug 2026")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rrows,
            kind="is",
            caption="Tabell 4. Intäkter och kostnader (tkr)",
            note="Kostnader med minustecken. Avvikelse = prognos minus budget.",
            label_width=3.2,
        )
    )
    d.h(1, "Förslag till beslut", "6")
    d.p(
        "Miljö- och hälsoskyddsnämnden godkänner delårsrapporten för januari–augusti 2026 och "
        "överlämnar den till kommunstyrelsen."
    )
    return d


# ------------------------------------------------------------------ layout


def render(doc: Doc, out: Path) -> Path:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    try:
        path = _render(doc, out)
    finally:
        ttfonts.makeToUnicodeCMap = _orig_cmap
    layer = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
    ).stdout
    assert "HÃ¤rryda kommun" in layer and "januariâ€“augusti" in layer, layer[:400]
    assert not re.search("[åäöÅÄÖé–]", layer), "a correct letter in the text layer"
    return path


def _render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.1 * rl.cm, 2.3 * rl.cm, 2.2 * rl.cm)
    o = {
        "font": "LiberationSans",
        "size": 9.8,
        "leading": 13.4,
        "hcolor": GREEN,
        "h_sizes": {1: 13.5, 2: 11.5, 3: 10.5},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": margins,
        "header": f"{MUNI} · {COMMITTEE}\t{TITLE}",
        "footer": f"{DNR}\tSida {{page}} av {{pages}}",
        "hf_size": 8,
        "hf_rule": True,
        "para_space": 5,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=12.5, leading=15, textColor=GREEN
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=21, leading=26, textColor=GREEN
        )
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13.5, leading=17)
        meta = rl.ParagraphStyle(
            "mh3", parent=r.styles["meta"], textColor=colors.HexColor("#555555")
        )
        return [
            Paragraph(MUNI, logo),
            Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(
                "Behandlad av nämnden 2026-09-23 · Miljö- och hälsoskyddsförvaltningen", meta
            ),
            Spacer(1, 6),
        ]

    def goals(_b: Custom) -> list:
        cell = r.styles["cell"]
        cellb = r.styles["cellb"]
        data = [[Paragraph(h, cellb) for h in ("Nämndmål", "Prognos helår", "Kommentar")]]
        for title, status, comment in GOALS:
            data.append(
                [
                    Paragraph(escape(title), cell),
                    Paragraph(WORDS[status], cell),
                    Paragraph(escape(comment), cell),
                ]
            )
        tbl = rl.RLTable(
            data,
            colWidths=[W * 0.36, W * 0.14, W * 0.50],
            repeatRows=1,
            hAlign="LEFT",
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )
        return [
            r.para("Tabell 1. Nämndens mål och prognos för helåret", "caption"),
            tbl,
            Spacer(1, 8),
        ]

    r.custom.update(masthead=masthead, goals=goals)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

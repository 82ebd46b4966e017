"""Leksand, Gemensamma hjälpmedelsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito): a
gemensam nämnd of three neighbouring municipalities in Dalarna, Gagnef, Leksand and Rättvik, hosted
by Leksand (värdkommun). The cover names the three members in alphabetical order (Gagnef first)
and the host only on a line of its own, "Värdkommun: Leksands kommun"; the running footer lists
the three members on every page, "Gagnef · Leksand · Rättvik". The members' names are everywhere:
a section with a sub-heading per member ("Gagnefs kommun", "Leksands kommun", "Rättviks kommun"),
the goal comments, and two tables:

- the nyckeltal table, one table for the whole committee and the members: a spanning header
  "Hela nämnden" over 2024 | 2025 | Mål 2025 and a spanning header "Per kommun 2025" over
  Gagnef | Leksand | Rättvik. Only the committee's 2024 and 2025 columns are year values; the
  member columns are parts of the 2025 value (counts sum to it, shares average to it) and are not
  in the key, although the header above them says 2025;
- "Kostnadsfördelning per kommun, tkr": one row per member (Antal invånare | Gemensamma kostnader |
  Hyror och tjänster | Utfall 2025 | Budget 2025 | Avvikelse) and a Summa row equal to the drift
  table's; not in the key, as enkoping's cost-sharing table is not.

The key's municipality is the host, Leksand, although Rättvik and Gagnef are named as often; the
committee is the name as printed, "Gemensamma hjälpmedelsnämnden"."""

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
DEC1 = NumFmt(dec=1)

COMMITTEE = "Gemensamma hjälpmedelsnämnden"
TITLE = "Verksamhetsberättelse 2025"
MEMBERS = ("Gagnef", "Leksand", "Rättvik")
GREEN = colors.HexColor("#2F5D3A")
INK = colors.HexColor("#222222")
HEAD_BG = colors.HexColor("#E4ECE6")

STATUS_WORD = {
    "achieved": "Uppfyllt",
    "partly": "Delvis uppfyllt",
    "not_achieved": "Ej uppfyllt",
}

# (goal, status, comment)
GOALS = [
    (
        "Brukarna ska få sina hjälpmedel inom utlovad leveranstid",
        "achieved",
        "93 procent av leveranserna skedde inom utlovad tid (målvärde 90 procent). Målvärdet "
        "nåddes i alla tre kommunerna; lägst andel hade Gagnef med 91 procent, där två "
        "turer i veckan till Björbo och Dala-Järna har ersatts av tre.",
    ),
    (
        "Andelen återanvända hjälpmedel ska öka",
        "partly",
        "Andelen ökade från 41 till 44 procent men når inte målvärdet 45 procent. Leksand "
        "nådde 46 procent, medan Gagnef och Rättvik ligger under målvärdet.",
    ),
    (
        "Brukarna ska vara nöjda med verksamhetens bemötande och service",
        "achieved",
        "Brukarenkäten i oktober besvarades av 612 brukare. 91 procent var nöjda eller mycket "
        "nöjda, i Leksand 92 procent och i Gagnef och Rättvik 90 procent.",
    ),
    (
        "Förskrivarnas kunskap om hjälpmedel och förskrivningsprocessen ska stärkas",
        "not_achieved",
        "Två av fyra planerade utbildningsdagar genomfördes, båda i Leksand. Dagarna i Rättvik "
        "och Gagnef ställdes in på grund av vakanser bland konsulenterna och flyttas till 2026.",
    ),
    (
        "Verksamheten ska bedrivas inom tilldelad budgetram",
        "achieved",
        "Nämnden redovisar ett överskott om 370 tkr mot budget. Samtliga tre kommuner får en "
        "återbetalning enligt samverkansavtalet.",
    ),
]

# nyckeltal: name, 2024, 2025, target (as printed or None), Gagnef, Leksand, Rättvik, fmt, sums
KPIS = [
    ("Antal förskrivna hjälpmedel", 6412, 6890, None, 1795, 2930, 2165, N, True),
    ("Antal brukare med hjälpmedel i hemmet", 3145, 3268, None, 851, 1392, 1025, N, True),
    ("Andel leveranser inom utlovad tid", 88, 93, "≥ 90 %", 91, 95, 92, PCT, False),
    ("Genomsnittlig leveranstid, arbetsdagar", 6.8, 5.9, "≤ 6,0", 6.4, 5.5, 6.1, DEC1, False),
    ("Andel återanvända hjälpmedel", 41, 44, "≥ 45 %", 42, 46, 43, PCT, False),
    ("Antal akuta serviceärenden", 1204, 1137, None, 318, 472, 347, N, True),
    ("Andel nöjda brukare", 89, 91, "≥ 90 %", 90, 92, 90, PCT, False),
    ("Nettokostnad per invånare, kr", 412, 428, None, 401, 447, 425, N, False),
]

# drift: verksamhet, budget 2025, utfall 2025, utfall 2024 (tkr, nettokostnad)
DRIFT = [
    ("Nämnd och administration", 1020, 985, 962),
    ("Förskrivarstöd och konsulenter", 2940, 2870, 2795),
    ("Lager, logistik och transporter", 3410, 3525, 3280),
    ("Teknisk service och rekonditionering", 2730, 2655, 2590),
    ("Hjälpmedel, avskrivningar och inköp", 6100, 5795, 5612),
]

# kostnadsfördelning: kommun, invånare, gemensamma kostnader, hyror och tjänster, budget 2025
SHARE = [
    ("Gagnefs kommun", 10250, 1435, 2675, 4250),
    ("Leksands kommun", 15950, 2233, 4897, 7240),
    ("Rättviks kommun", 10800, 1512, 3078, 4710),
]


def kpi_table() -> Table:
    rows = []
    for name, v24, v25, target, g, lk, r, f, _sums in KPIS:
        rows.append(Row(name, [v24, v25, Raw(target) if target else None, g, lk, r], fmt=f))
    hel, per = "Hela nämnden", "Per kommun 2025"
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("2024",), year="2024", group=hel),
            Col(("2025",), year="2025", group=hel),
            Col(("Mål 2025",), group=hel, width=1.1),
            Col(("Gagnef",), group=per),
            Col(("Leksand",), group=per),
            Col(("Rättvik",), group=per),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal 2024–2025, hela nämnden och per kommun",
        note="Kolumnerna per kommun avser 2025. Antal för hela nämnden är summan av kommunerna; "
        "andelar och leveranstid för hela nämnden är vägda efter antal leveranser. "
        "Nettokostnad per invånare avser invånare den 1 november föregående år.",
        label_width=3.4,
    )


def check_sums() -> None:
    for name, _v24, v25, _t, g, lk, r, _f, sums in KPIS:
        if sums:
            assert g + lk + r == v25, name
        else:
            assert min(g, lk, r) <= v25 <= max(g, lk, r), name
    tot_b = sum(b for _n, b, _u, _p in DRIFT)
    tot_u = sum(u for _n, _b, u, _p in DRIFT)
    assert (tot_b, tot_u) == (16200, 15830), (tot_b, tot_u)
    pop = sum(p for _k, p, _g, _h, _b in SHARE)
    assert pop == 37000
    assert sum(g for _k, _p, g, _h, _b in SHARE) == 5180
    assert sum(g + h for _k, _p, g, h, _b in SHARE) == tot_u
    assert sum(b for *_x, b in SHARE) == tot_b
    for (_k, p, g, h, _b), m in zip(SHARE, MEMBERS, strict=True):
        assert abs(g - 5180 * p / pop) < 1, m
        per_inv = round((g + h) * 1000 / p)
        assert per_inv == next(k[4 + MEMBERS.index(m)] for k in KPIS if "per invånare" in k[0])
    assert round(tot_u * 1000 / pop) == 428


def build() -> Doc:
    check_sums()
    d = Doc(
        stem="leksand-gemensamma-hjalpmedelsnamnden-verksamhetsberattelse-2025",
        municipality="Leksand",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Gemensamma hjälpmedelsnämnden, a gemensam nämnd of Gagnef, Leksand and Rättvik "
        "hosted by Leksand (värdkommun): verksamhetsberättelse 2025 (reportlab, Carlito), a "
        "cover page",
        hard="three member municipalities named everywhere and the host only once as such: the "
        'cover lists "Gagnefs, Leksands och Rättviks kommuner" (alphabetical, Gagnef first) and '
        'then "Värdkommun: Leksands kommun"; the running footer "Gagnef · Leksand · Rättvik" on '
        'every page; a section with a sub-heading per member ("Gagnefs kommun", "Leksands '
        'kommun", "Rättviks kommun"); the nyckeltal table has a spanning header "Hela nämnden" '
        'over 2024 | 2025 | Mål 2025 and a spanning header "Per kommun 2025" over Gagnef | '
        "Leksand | Rättvik: only the committee's 2024 and 2025 columns are year values, the "
        "member columns are parts of the 2025 value (counts sum to it) and not in the key; a "
        '"Kostnadsfördelning per kommun, tkr" table (a row per member, Antal invånare | Gemensamma '
        "kostnader | Hyror och tjänster | Utfall 2025 | Budget 2025 | Avvikelse, a Summa row "
        "equal to the drift table's) not in the key; goals in a table Mål | Bedömning | "
        'Kommentar ("Uppfyllt" / "Delvis uppfyllt" / "Ej uppfyllt"), the comments naming the '
        "members; a drift table Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 (tkr); the "
        'key\'s municipality is the host, "Leksand", the committee "Gemensamma '
        'hjälpmedelsnämnden"',
    )
    d.options["pdf_title"] = f"{TITLE} – {COMMITTEE}"
    d.options["pdf_author"] = "Hjälpmedelsenheten"

    cover_words = "\n".join(
        [
            TITLE,
            COMMITTEE,
            "Gemensam nämnd för Gagnefs, Leksands och Rättviks kommuner",
            "Värdkommun: Leksands kommun",
            "Fastställd av nämnden 2026-02-12, § 6",
            "Dnr GHN 2026/0011",
        ]
    )
    d.add(Custom("cover", {}, words=cover_words))

    d.h(1, "Nämndens uppdrag och organisation", "1")
    d.p(
        "Gemensamma hjälpmedelsnämnden är en gemensam nämnd enligt 9 kap. kommunallagen för "
        "Gagnefs kommun, Leksands kommun och Rättviks kommun. Leksands kommun är värdkommun och "
        "nämnden ingår i Leksands kommuns organisation. Nämnden ansvarar för kommunernas "
        "hjälpmedelsverksamhet: förskrivarstöd, inköp, lager, transporter, teknisk service och "
        "rekonditionering av hjälpmedel för personer i ordinärt och särskilt boende."
    )
    d.p(
        "Nämnden har sex ledamöter och sex ersättare, två ledamöter och två ersättare från "
        "vardera kommunen. Ordförande kommer från Rättvik och vice ordförande från Gagnef. "
        "Verksamheten bedrivs av Hjälpmedelsenheten med lokaler i Leksand och ett utlämningsställe "
        "i Rättvik. Kostnaderna fördelas mellan kommunerna enligt samverkansavtalet: gemensamma "
        "kostnader efter invånarantal och hyror och tjänster efter faktisk användning."
    )
    d.h(2, "Året i korthet", "1.1")
    d.bullets(
        "Antalet förskrivna hjälpmedel ökade med 7 procent till 6 890, främst i Leksand och "
        "Rättvik.",
        "Leveranserna inom utlovad tid ökade till 93 procent efter att nya körturer infördes "
        "i mars.",
        "Ett nytt lagersystem med streckkoder togs i drift i maj.",
        "Nämnden redovisar ett överskott om 370 tkr som återbetalas till kommunerna.",
    )

    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Kommunfullmäktige i de tre kommunerna har gett nämnden fem mål för 2025. Nämndens "
        "bedömning av varje mål redovisas i tabellen nedan. Tre mål är uppfyllda, ett är delvis "
        "uppfyllt och ett är inte uppfyllt."
    )
    for title, status, _c in GOALS:
        d.goal(title, status)
    gwords = ["Tabell 2. Nämndens mål 2025", "Mål\tBedömning\tKommentar"]
    gwords += [f"{t}\t{STATUS_WORD[s]}\t{c}" for t, s, c in GOALS]
    d.add(Custom("goals", {}, words="\n".join(gwords)))

    d.h(1, "Nyckeltal", "3")
    d.p(
        "Tabellen visar nämndens nyckeltal för hela verksamheten 2024 och 2025 och fördelningen "
        "på de tre kommunerna för 2025. Förskrivningen ökar i alla tre kommunerna i takt med "
        "att fler äldre bor kvar hemma. Antalet akuta serviceärenden minskade, vilket förklaras "
        "av fler förebyggande servicebesök i Rättvik och Gagnef."
    )
    d.table(kpi_table())

    d.h(1, "Verksamheten i medlemskommunerna", "4")
    d.h(3, "Gagnefs kommun", toc=False)
    d.p(
        "I Gagnef förskrevs 1 795 hjälpmedel, 5 procent fler än 2024. Leveranstiden var längst "
        "av de tre kommunerna, 6,4 arbetsdagar, eftersom avstånden till Björbo och Dala-Järna "
        "är stora. Från mars körs tre turer i veckan i stället för två."
    )
    d.h(3, "Leksands kommun", toc=False)
    d.p(
        "Leksand har flest brukare, 1 392, och den högsta andelen återanvända hjälpmedel, 46 "
        "procent. Kommunens nya korttidsboende i Insjön öppnade i september och utrustades "
        "till största delen med rekonditionerade sängar och lyftar."
    )
    d.h(3, "Rättviks kommun", toc=False)
    d.p(
        "I Rättvik ökade förskrivningen av rollatorer och duschstolar efter att "
        "hemsjukvården fått två nya arbetsterapeuter. Utlämningsstället i Rättvik hade öppet "
        "två dagar i veckan och tog emot 1 040 återlämnade hjälpmedel."
    )

    d.h(1, "Ekonomi", "5")
    d.p(
        "Nämndens nettokostnad blev 15 830 tkr, vilket är 370 tkr lägre än budget. Överskottet "
        "beror främst på lägre avskrivningar när fler hjälpmedel återanvänts i stället för att "
        "köpas in. Lager, logistik och transporter visar ett underskott om 115 tkr, som beror "
        "på de extra körturerna till Gagnef och höjda bränslepriser."
    )
    rows = [Row(n, [b, u, b - u, p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in (1, 2, 3)]
    rows.append(Row("Summa nettokostnad", [tot[0], tot[1], tot[0] - tot[1], tot[2]], total=True))
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
            caption="Tabell 3. Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus utfall; positivt belopp = överskott.",
            label_width=3.4,
        )
    )
    d.h(2, "Kostnadsfördelning per kommun", "5.1")
    d.p(
        "Nettokostnaden fördelas på kommunerna enligt samverkansavtalet. Gemensamma kostnader, "
        "5 180 tkr, fördelas efter invånarantalet den 1 november 2024 och hyror och tjänster "
        "efter respektive kommuns faktiska användning. Överskottet mot budget återbetalas till "
        "kommunerna i förhållande till deras avvikelse."
    )
    srows = [Row(k, [p, g, h, g + h, b, b - g - h]) for k, p, g, h, b in SHARE]
    ssum = [sum(r.cells[j] for r in srows) for j in range(6)]  # type: ignore[misc]
    srows.append(Row("Summa", ssum, total=True))
    d.table(
        Table(
            label_head=("Kommun",),
            cols=[
                Col(("Antal", "invånare")),
                Col(("Gemensamma", "kostnader"), width=1.25),
                Col(("Hyror och", "tjänster")),
                Col(("Utfall 2025",)),
                Col(("Budget 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=srows,
            kind="plain",
            caption="Tabell 4. Kostnadsfördelning per kommun, tkr",
            note="Invånare den 1 november 2024. Avvikelse = budget minus utfall.",
            label_width=2.2,
        )
    )

    d.h(1, "Framtid", "6")
    d.p(
        "Antalet invånare över 80 år väntas öka med en fjärdedel i de tre kommunerna till 2030. "
        "Nämnden ser därför över sortimentet och avtalen för att fler hjälpmedel ska kunna "
        "återanvändas. Under 2026 ska samverkansavtalet mellan Gagnef, Leksand och Rättvik "
        "revideras, bland annat fördelningen av de gemensamma kostnaderna."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    font = "Carlito"
    margins = (2.3 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.1 * rl.cm)
    o = {
        "font": font,
        "size": 10.5,
        "leading": 14,
        "hcolor": GREEN,
        "color": INK,
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        if flags.get("plain"):
            return
        c.saveState()
        y = A4[1] - 1.4 * rl.cm
        c.setFont(f"{font}-Bold", 9)
        c.setFillColor(GREEN)
        c.drawString(lft, y, COMMITTEE)
        c.setFont(font, 9)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawRightString(A4[0] - rgt, y, TITLE)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.2 * rl.cm
        c.setFont(font, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(lft, fy, " · ".join(MEMBERS))
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def cover(_b: Custom) -> list:
        t = rl.ParagraphStyle(
            "ct", parent=r.styles["title"], fontSize=30, leading=36, textColor=GREEN
        )
        s = rl.ParagraphStyle(
            "cs", parent=r.styles["subtitle"], fontSize=18, leading=23, textColor=INK
        )
        m = rl.ParagraphStyle("cm", parent=r.styles["body"], fontSize=12, leading=16)
        mb = rl.ParagraphStyle("cmb", parent=m, fontName=f"{font}-Bold")
        small = rl.ParagraphStyle("csm", parent=r.styles["body"], fontSize=9.5, leading=13)
        return [
            rl.Spacer(1, 6.5 * rl.cm),
            Paragraph(TITLE, t),
            Paragraph(COMMITTEE, s),
            rl.Spacer(1, 10),
            Paragraph("Gemensam nämnd för Gagnefs, Leksands och Rättviks kommuner", m),
            rl.Spacer(1, 4),
            Paragraph("Värdkommun: Leksands kommun", mb),
            rl.Spacer(1, 9 * rl.cm),
            Paragraph("Fastställd av nämnden 2026-02-12, § 6", small),
            Paragraph("Dnr GHN 2026/0011", small),
            PageBreak(),
        ]

    cst = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9, leading=11.2)
    cstb = rl.ParagraphStyle("gcb", parent=cst, fontName=f"{font}-Bold")

    def goals(_b: Custom) -> list:
        data = [[Paragraph(h, cstb) for h in ("Mål", "Bedömning", "Kommentar")]]
        for title, status, comment in GOALS:
            data.append(
                [
                    Paragraph(escape(title), cst),
                    Paragraph(STATUS_WORD[status], cst),
                    Paragraph(escape(comment), cst),
                ]
            )
        tbl = rl.RLTable(
            data,
            colWidths=[W * 0.32, W * 0.16, W * 0.52],
            repeatRows=1,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )
        return [
            KeepTogether([r.para("Tabell 2. Nämndens mål 2025", "caption"), tbl]),
            rl.Spacer(1, 8),
        ]

    r.custom.update(cover=cover, goals=goals)
    return r.build(out / f"{doc.stem}.pdf", first_plain=True)

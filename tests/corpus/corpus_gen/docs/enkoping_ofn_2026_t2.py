"""Enköping, Överförmyndarnämnden (a gemensam nämnd of Enköping and Håbo), tertialrapport 2 2026
(Writer): a small committee's short report; the municipality only inside sentences, beside the
partner municipality."""

from __future__ import annotations

from pathlib import Path

from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

N = NumFmt()
PROGNOS = {
    "expected_achieved": "Prognos: uppnås.",
    "partly": "Prognos: uppnås delvis.",
    "expected_not_achieved": "Prognos: uppnås inte.",
}


def build() -> Doc:
    d = Doc(
        stem="enkoping-overformyndarnamnden-tertialrapport-2-2026",
        municipality="Enköping",
        committee="Överförmyndarnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Tertialrapport 2 2026",
        engine="fodt",
        what="Överförmyndarnämnden, a gemensam nämnd of Enköping (värdkommun) and Håbo, "
        "tertialrapport 2 2026 (januari–augusti); Writer, DejaVu Serif",
        hard="the municipality is never a heading or a running header: the title page names it "
        'only in a sentence beside the partner ("… gemensam nämnd för Enköpings kommun och Håbo '
        'kommun. Enköpings kommun är värdkommun …"), so the host has to be told from the partner; '
        'the period only as "Tertialrapport 2" and "januari–augusti" (T2 ends 31 August); the '
        'prognosis of each goal is the first words of a comment cell ("Prognos: uppnås delvis. …"); '
        "KPI columns Jan–aug 2025 | Jan–aug 2026; a drift table with Budget | Utfall jan–aug | "
        "Prognos | Avvikelse and a cost-sharing table between the two municipalities (not in the "
        'key) with the same column words; footer "Överförmyndarnämnden | Tertialrapport 2 2026"',
    )
    d.options["fodt"] = {
        "font": "DejaVu Serif",
        "hfont": "DejaVu Sans",
        "table_font": "DejaVu Sans",
        "size": 10,
        "hcolor": "#5B2C6F",
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "first_page_plain": True,
        "header": None,
        "footer": "Överförmyndarnämnden | Tertialrapport 2 2026\t\t{page}",
        "hf_size": 8,
        "hf_rule": True,
        "table_rules": "rules",
        "table_size": 8.5,
        "margins": (2.2, 2.2, 2.6, 2.6),
    }
    d.options["pdf_title"] = "Tertialrapport 2 2026 ÖFN"
    d.p("Tertialrapport 2 2026", "title")
    d.p("Överförmyndarnämnden", "subtitle")
    d.p(
        "Överförmyndarnämnden är en gemensam nämnd för Enköpings kommun och Håbo kommun. "
        "Enköpings kommun är värdkommun och nämnden ingår i dess organisation.",
        "metatop",
    )
    d.p("Behandlad av nämnden den 22 september 2026, dnr ÖFN 2026/57", "meta")
    d.add(PageBreak())
    d.h(1, "Inledning")
    d.p(
        "Överförmyndarnämnden utövar tillsyn över gode män, förvaltare och förmyndare i de två "
        "kommunerna. Tertialrapporten avser perioden januari–augusti och innehåller en prognos "
        "för helåret."
    )
    d.p(
        "Antalet pågående ställföreträdarskap fortsätter att öka, medan antalet personer som "
        "åtar sig uppdrag som god man minskar. Nämnden har därför startat en rekryteringskampanj "
        "tillsammans med kommunikationsavdelningarna i Enköping och Håbo."
    )
    d.h(1, "Mål och prognos")
    goals = [
        (
            "Alla nya ställföreträdare ska ha genomgått grundutbildning inom tre månader",
            "expected_achieved",
            "Samtliga 41 nya ställföreträdare under perioden har gått grundutbildningen.",
        ),
        (
            "Årsräkningarna ska vara granskade senast den 30 september",
            "partly",
            "87 procent av årsräkningarna var granskade den 31 augusti. Ett fåtal komplicerade "
            "ärenden bedöms bli klara först i oktober.",
        ),
        (
            "Handläggningstiden för ansökan om god man ska vara högst 60 dagar",
            "expected_not_achieved",
            "Bristen på ställföreträdare gör att handläggningstiden har ökat till i genomsnitt "
            "67 dagar.",
        ),
    ]
    for g, s, _c in goals:
        d.goal(g, s)
    gt = Table(
        label_head=("Mål",),
        cols=[Col(("Kommentar",), width=1.6)],
        rows=[Row(g, [Raw(f"{PROGNOS[s]} {c}")]) for g, s, c in goals],
        kind="plain",
        caption="Nämndens mål 2026",
        label_width=1.2,
    )
    d.add(Custom("text_table", {"table": gt}, words=gt.text()))
    d.h(1, "Verksamhet")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[Col(("Jan–aug 2025",), year="2025"), Col(("Jan–aug 2026",), year="2026")],
            rows=[
                Row("Antal pågående ställföreträdarskap", [1_184, 1_231]),
                Row("Antal granskade årsräkningar", [712, 768]),
                Row("Antal nya ansökningar om god man eller förvaltare", [143, 161]),
                Row("Genomsnittlig handläggningstid, dagar", [58, 67]),
                Row("Antal aktiva ställföreträdare", [512, 498]),
            ],
            kind="kpi",
            caption="Volymer",
            fmt=N,
            label_width=2.6,
        )
    )
    d.add(PageBreak())
    d.h(1, "Ekonomi")
    units = [
        ("Nämnd", 620, 371, 600),
        ("Arvoden till ställföreträdare", 9_800, 7_148, 10_650),
        ("Kansli och handläggning", 7_420, 4_776, 7_180),
    ]
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    tb, tu, tp = (sum(x[k] for x in units) for k in (1, 2, 3))
    assert (tb, tu, tp, tb - tp) == (17_840, 12_295, 18_430, -590)
    rows.append(Row("Summa", [tb, tu, tp, tb - tp], total=True))
    d.p(
        "Nämnden prognostiserar ett underskott om 590 tkr för helåret. Arvodena till "
        "ställföreträdare ökar eftersom fler uppdrag kräver förvaltning av omfattande "
        "tillgångar. Kansliet har en vakant tjänst som inte återbesätts förrän i november."
    )
    d.table(
        Table(
            label_head=("Nettokostnad, tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning",
            note="Avvikelse = budget minus prognos.",
            fmt=N,
            label_width=2.4,
        )
    )
    share = [("Enköpings kommun, 63 %", 0.63), ("Håbo kommun, 37 %", 0.37)]
    be = round(tb * 0.63)
    pe = round(tp * 0.63)
    d.table(
        Table(
            label_head=("Kommun och andel",),
            cols=[Col(("Budget", "2026")), Col(("Prognos", "2026")), Col(("Avvikelse",))],
            rows=[
                Row(share[0][0], [be, pe, be - pe]),
                Row(share[1][0], [tb - be, tp - pe, (tb - be) - (tp - pe)]),
                Row("Summa", [tb, tp, tb - tp], total=True),
            ],
            kind="plain",
            caption="Fördelning av nettokostnaden mellan kommunerna",
            note="Kostnaderna fördelas efter kommunernas andel av invånarna den 1 november 2025.",
            fmt=N,
            label_width=2.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    from .. import fodt

    w = fodt.FodtWriter(doc)

    def text_table(b: Custom) -> str:  # a table of text: every cell set left
        return w.table(b.data["table"]).replace('"TN"', '"TL"').replace('"TNB"', '"TLB"')

    return fodt.build(doc, out / "sources", out, custom={"text_table": text_table}, writer=w)

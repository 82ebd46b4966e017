"""Lidköping, Servicenämnden, månadsuppföljning januari–mars 2026: a Calc sheet printed landscape,
amounts in mnkr with decimal commas, the period only in a "Period:" row."""

from __future__ import annotations

from pathlib import Path

from .. import fods
from ..model import Col, Doc, NumFmt, Row, Table

MNKR = NumFmt(dec=1)
N = NumFmt()


def build() -> Doc:
    d = Doc(
        stem="lidkoping-servicenamnden-manadsuppfoljning-2026-03",
        municipality="Lidköping",
        committee="Servicenämnden",
        report_type="interim",
        year=2026,
        end="2026-03-31",
        title="Månadsuppföljning",
        engine="fods",
        what="Servicenämnden, månadsuppföljning januari–mars 2026: a Calc sheet printed landscape",
        hard='the title is only "Månadsuppföljning"; the period is in a row of its own '
        '("Period: januari–mars 2026") and in a sentence ("per den 31 mars"); the drift table '
        "in mnkr with decimal commas has Budget 2026 | Prognos 2026 | Avvikelse | Utfall 2025, "
        "so the last column is the previous year's outcome and two years head the columns; "
        'negative deviations; a sheet name ("Drift") in the page header; a volumes table '
        "comparing March of two years with a decimal row; an investment table (not in the key) "
        "with the same column words (Budget 2026, Prognos 2026, Avvikelse)",
    )
    d.options["fods"] = {
        "sheet": "Drift",
        "ncols": 5,
        "widths": [6.6, 2.6, 2.6, 2.6, 2.6],
        "header": ("Lidköpings kommun", ""),
        "footer_left": "Servicenämnden – månadsuppföljning",
        "landscape": True,
    }
    d.options["pdf_title"] = "Drift"
    d.p("Lidköpings kommun", "meta")
    d.p("Servicenämnden", "subtitle")
    d.p("Månadsuppföljning", "title")
    d.p("Period: januari–mars 2026", "caption")
    d.p("Belopp i mnkr. Nettokostnad, kostnader med positivt tecken.", "note")
    units = [
        ("Nämnd och ledning", 6.8, 6.6, 6.4),
        ("Måltidsservice", 42.5, 44.1, 41.2),
        ("Lokalvård", 18.2, 17.9, 17.6),
        ("Fastighetsservice", 11.4, 11.9, 10.8),
        ("Fordonsservice", 3.1, 2.8, 3.4),
        ("IT-service", 24.0, 24.6, 22.9),
    ]
    rows = [Row(n, [b, p, round(b - p, 1), u]) for n, b, p, u in units]
    tb, tp, tu = (round(sum(x[k] for x in units), 1) for k in (1, 2, 3))
    assert (tb, tp, round(tb - tp, 1), tu) == (106.0, 107.9, -1.9, 102.3), (tb, tp, tu)
    rows.append(Row("Summa Servicenämnden", [tb, tp, round(tb - tp, 1), tu], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            kind="unit",
            fmt=MNKR,
            cols=[
                Col(("Budget 2026",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2025",)),
            ],
            rows=rows,
            caption="Driftredovisning, prognos för helåret",
            note="Avvikelse = budget minus prognos. Negativt tal = prognostiserat underskott.",
        )
    )
    d.p(
        "Prognosen per den 31 mars är ett underskott om 1,9 mnkr för helåret.\n"
        "Måltidsservice har högre livsmedelskostnader än budgeterat (-1,6 mnkr).\n"
        "IT-service har dubbla licenskostnader under bytet av e-postsystem (-0,6 mnkr).",
        "note",
    )
    d.table(
        Table(
            label_head=("Volymer och nyckeltal",),
            kind="kpi",
            fmt=N,
            cols=[Col(("Mars 2025",), year="2025"), Col(("Mars 2026",), year="2026")],
            rows=[
                Row("Antal serverade portioner per skoldag", [8_940, 9_115]),
                Row("Antal städade kvadratmeter, tusental", [312, 318]),
                Row("Antal arbetsordrar fastighetsservice", [1_204, 1_377]),
                Row("Sjukfrånvaro i procent", [7.9, 8.6], fmt=MNKR),
            ],
            caption="Volymer",
        )
    )
    projects = [
        ("Nytt tillagningskök Stenportsskolan", 48.0, 3.2, 21.5),
        ("Diskmaskiner storkök", 2.4, 0.6, 2.4),
        ("Elbilar och laddstolpar", 6.0, 1.1, 5.2),
        ("Städmaskiner", 1.5, 0.2, 1.5),
        ("Nätverksutrustning skolor", 4.8, 0.9, 4.8),
        ("Nytt e-postsystem", 3.0, 1.7, 3.4),
        ("Verkstadsutrustning fordon", 0.9, 0.0, 0.9),
    ]
    inv = [Row(n, [b, u, p, round(b - p, 1)]) for n, b, u, p in projects]
    sb, su, sp = (round(sum(x[k] for x in projects), 1) for k in (1, 2, 3))
    inv.append(Row("Summa investeringar", [sb, su, sp, round(sb - sp, 1)], total=True))
    d.table(
        Table(
            label_head=("Projekt",),
            kind="plain",
            fmt=MNKR,
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–mar",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=inv,
            caption="Investeringar, mnkr",
            note="Tillagningsköket vid Stenportsskolan blir klart 2027; resterande budget "
            "begärs överförd till nästa år.",
        )
    )
    d.p(
        "Åtgärder för ekonomi i balans:\n"
        "Måltidsservice ser över menyer och inköpsavtal för att minska livsmedelskostnaderna.\n"
        "Fastighetsservice prioriterar akuta arbetsordrar och skjuter upp planerat underhåll.\n"
        "Förvaltningen återkommer med en ny prognos i månadsuppföljningen per den 30 april.",
        "note",
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    return fods.build(doc, out / "sources", out)

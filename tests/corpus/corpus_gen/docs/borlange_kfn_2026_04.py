"""Borlänge, Kultur- och fritidsnämnden, månadsuppföljning april 2026: a Calc sheet whose drift
table is formatted "#.##0;[RED]#.##0-" — dots as thousands separators ("1.250") and negative
amounts in red with a trailing minus ("2.140-") — and whose volumes table has no separators."""

from __future__ import annotations

from pathlib import Path

from .. import fods
from ..model import Col, Doc, NumFmt, Row, Table

DOTS = NumFmt(thou=".", trail_minus=True)  # Calc: #.##0;[RED]#.##0-
PLAIN = NumFmt(thou="")  # Calc: 0


def build() -> Doc:
    d = Doc(
        stem="borlange-kultur-och-fritidsnamnden-manadsuppfoljning-2026-04",
        municipality="Borlänge",
        committee="Kultur- och fritidsnämnden",
        report_type="interim",
        year=2026,
        end="2026-04-30",
        title="Månadsuppföljning april 2026",
        engine="fods",
        what="Kultur- och fritidsnämnden, månadsuppföljning april 2026: a Calc sheet printed "
        "portrait, no goals",
        hard='every amount in the finance tables is formatted "#.##0;[RED]#.##0-": dots as '
        'thousands separators ("1.250", "113.140") and negative amounts in a red font with a '
        'trailing minus and no leading sign ("250-", "2.140-", "127.790-"), so "1.250" is one '
        "thousand two hundred and fifty, not a decimal; a drift table Budget 2026 | Utfall "
        "jan–apr | Prognos 2026 | Avvikelse (tkr, budget minus prognosis, a zero deviation "
        "printed 0) and an ekonomisk sammanställning Budget 2026 | Prognos 2026 | Avvikelse "
        "(costs negative, prognosis minus budget); a volumes table Jan–apr 2025 | Jan–apr 2026 "
        'with no thousands separators at all ("101275"); the municipality as "Borlänge kommun" '
        'in the page header and the first row; the sheet name "April" in the page header',
    )
    d.options["fods"] = {
        "sheet": "April",
        "ncols": 5,
        "widths": [6.4, 2.5, 2.5, 2.5, 2.5],
        "header": ("Borlänge kommun", ""),
        "footer_left": "Kultur- och fritidsnämnden – månadsuppföljning",
    }
    d.options["pdf_title"] = "April"
    d.p("Borlänge kommun", "meta")
    d.p("Kultur- och fritidsnämnden", "subtitle")
    d.p("Månadsuppföljning april 2026", "title")
    d.p("Uppföljningsperiod: januari–april 2026", "caption")
    d.p("Belopp i tkr. Negativa belopp visas i rött med minustecken efter beloppet.", "note")
    units = [
        ("Nämnd och förvaltningsledning", 4_850, 1_512, 4_790),
        ("Bibliotek", 21_400, 7_020, 21_650),
        ("Kulturskola", 16_200, 5_480, 16_980),
        ("Fritidsgårdar", 12_700, 4_050, 12_450),
        ("Idrotts- och friluftsanläggningar", 38_900, 13_870, 40_150),
        ("Föreningsbidrag", 9_600, 4_980, 9_600),
        ("Kultur och evenemang", 7_350, 2_640, 7_520),
    ]
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    tb, tu, tp = (sum(x[k] for x in units) for k in (1, 2, 3))
    assert (tb, tu, tp, tb - tp) == (111_000, 39_552, 113_140, -2_140), (tb, tu, tp)
    rows.append(Row("Summa nämnden", [tb, tu, tp, tb - tp], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            kind="unit",
            fmt=DOTS,
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–apr",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            caption="Driftredovisning per verksamhet",
            note="Avvikelse = budget minus prognos. Negativ avvikelse = prognostiserat underskott.",
        )
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 2.140 tkr för helåret.\n"
        "Idrotts- och friluftsanläggningar: högre energi- och driftkostnader i ishallen, underskott 1.250 tkr.\n"
        "Kulturskola: fler elever i ensemble- och dansverksamheten än budgeterat, underskott 780 tkr.\n"
        "Fritidsgårdar: vakanta tjänster under våren ger ett överskott om 250 tkr.",
        "note",
    )
    d.table(
        Table(
            label_head=("Resultaträkning",),
            kind="is",
            fmt=DOTS,
            cols=[
                Col(("Budget 2026",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=[
                Row("Verksamhetens intäkter", [14_200, 14_650, 450]),
                Row("Verksamhetens kostnader", [-125_200, -127_790, -2_590]),
                Row("Nettokostnad", [-111_000, -113_140, -2_140], total=True),
                Row("Kommunbidrag", [111_000, 111_000, 0]),
                Row("Resultat", [0, -2_140, -2_140], total=True),
            ],
            caption="Ekonomisk sammanställning",
            note="Avvikelse = prognos minus budget.",
        )
    )
    d.table(
        Table(
            label_head=("Volymer",),
            kind="kpi",
            fmt=PLAIN,
            cols=[Col(("Jan–apr 2025",), year="2025"), Col(("Jan–apr 2026",), year="2026")],
            rows=[
                Row("Antal besök på biblioteken", [98_412, 101_275]),
                Row("Antal utlån", [61_830, 59_904]),
                Row("Antal elever i kulturskolan", [1_642, 1_718]),
                Row("Antal besök på fritidsgårdarna", [14_386, 15_021]),
                Row("Antal bokade timmar i idrottshallarna", [18_950, 19_412]),
            ],
            caption="Volymer",
        )
    )
    d.p(
        "Åtgärder: förvaltningen ser över öppettiderna i ishallen och återkommer med en ny "
        "prognos i månadsuppföljningen per maj.",
        "note",
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    return fods.build(doc, out / "sources", out)

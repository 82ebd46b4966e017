"""Ängelholm, Miljö- och tillståndsnämnden, delårsrapport januari–augusti 2026 (Writer): a
"Samlad måluppfyllelse" bar of counts, each goal's KPIs as bullet lines
("Andel …: 87 % (mål 90 %; jan–aug 2025: 82 %)") instead of a table, and a drift table with
Intäkter / Kostnader / Netto under each of Budget 2026 and Prognos 2026 (a two-level header)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape as x

from .. import fodt
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
N = NumFmt()
DEC1 = NumFmt(dec=1)
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

# goal, status, comment, [(kpi, value 2026, fmt, target text, value 2025 or None)]
GOALS = [
    (
        "Handläggningen av bygglov ska vara snabb och rättssäker",
        "expected_achieved",
        "Handläggningstiderna har kortats efter att e-tjänsten för bygglov infördes i mars.",
        [
            ("Handläggningstid bygglov, median i veckor", 5.8, DEC1, "≤ 8", 7.1),
            ("Andel bygglov beslutade inom lagstadgad tid", 96, PCT, "≥ 95 %", 91),
        ],
    ),
    (
        "Den planerade miljötillsynen ska genomföras enligt tillsynsplanen",
        "partly",
        "Två vakanta inspektörstjänster har gjort att tillsynen av lantbruk har skjutits upp.",
        [
            ("Andel genomförda planerade miljöinspektioner", 58, PCT, "≥ 65 %", 61),
        ],
    ),
    (
        "Livsmedelskontrollen ska vara riskbaserad och fullständig",
        "expected_achieved",
        "Kontrollerna följer planen och samtliga högriskanläggningar har besökts.",
        [
            ("Andel genomförda planerade livsmedelskontroller", 71, PCT, "≥ 66 %", 64),
            ("Antal livsmedelsanläggningar", 612, N, "–", None),
        ],
    ),
    (
        "Företagare ska uppleva en god service i myndighetsutövningen",
        "expected_achieved",
        "Servicemätningen Insikt visar ett resultat över målvärdet för alla områden.",
        [
            ("NKI Insikt, samtliga myndighetsområden", 76, N, "≥ 73", 74),
        ],
    ),
    (
        "Klagomål på störningar ska hanteras skyndsamt",
        "expected_not_achieved",
        "Antalet klagomål på buller har ökat kraftigt och handläggningstiden har blivit längre.",
        [
            ("Andel klagomål med första åtgärd inom 14 dagar", 63, PCT, "≥ 85 %", 78),
        ],
    ),
    (
        "Nämndens beslut ska hålla vid överprövning",
        "expected_achieved",
        "Två av nämndens beslut har ändrats av länsstyrelsen under perioden.",
        [
            ("Andel beslut som står sig vid överprövning", 94, PCT, "≥ 90 %", 92),
        ],
    ),
    (
        "Tillsynen av enskilda avlopp ska minska utsläppen till Rönne å",
        "partly",
        "Inventeringen i Höja och Strövelstorp är genomförd, men förelägganden återstår.",
        [
            ("Antal inventerade enskilda avlopp", 214, N, "350", 188),
        ],
    ),
    (
        "Nämnden ska ha en budget i balans",
        "expected_achieved",
        "Prognosen för helåret är ett överskott om 390 tkr.",
        [],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="angelholm-miljo-och-tillstandsnamnden-delarsrapport-2026-08",
        municipality="Ängelholm",
        committee="Miljö- och tillståndsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="fodt",
        what="Miljö- och tillståndsnämnden, delårsrapport januari–augusti 2026; Writer, Carlito, "
        "no title page",
        hard='a "Samlad måluppfyllelse" bar of counts (one row of three shaded cells '
        '"5 uppnås" | "2 uppnås delvis" | "1 uppnås inte", widths in proportion) and the '
        'sentence "5 av 8 mål bedöms uppnås" above the goals; each goal an unnumbered heading '
        'with "Prognos helår: Uppnås delvis" below and its KPIs not in a table but as bullet '
        'lines "Andel genomförda planerade miljöinspektioner: 58 % (mål ≥ 65 %; jan–aug 2025: '
        "61 %)\" — the 2026 value first, the target and the previous year's value in "
        "parentheses, some bullets with no previous year; a drift table with a two-level "
        "header, Intäkter | Kostnader | Netto under each of Budget 2026 and Prognos 2026 "
        "plus Avvikelse netto (tkr, costs with a minus sign, prognosis minus budget; the group "
        "headings set flush right over their three columns), so the "
        'same three words head two groups; the municipality as "Ängelholms kommun" only in '
        "the running header",
    )
    d.options["fodt"] = {
        "font": "Carlito",
        "size": 11,
        "hcolor": "#005A8C",
        "h_sizes": {1: 15, 2: 13, 3: 11.5},
        "first_page_plain": False,
        "header": "Ängelholms kommun\t\tDelårsrapport januari–augusti 2026",
        "footer": "Miljö- och tillståndsnämnden\t\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "table_rules": "grid",
        "table_head_bg": "#D9E7F1",
        "table_size": 8.5,
        "margins": (2.0, 2.0, 2.2, 2.2),
    }
    d.options["pdf_title"] = "Delårsrapport MTN augusti 2026"
    d.p("Delårsrapport januari–augusti 2026", "title")
    d.p("Miljö- och tillståndsnämnden", "subtitle")
    d.p("Dnr MTN 2026/214 · Beslutad 2026-09-24, § 97", "meta")
    d.h(1, "Sammanfattning")
    d.p(
        "Miljö- och tillståndsnämnden ansvarar för bygglov, miljö- och hälsoskydd, "
        "livsmedelskontroll och tillstånd för alkohol och tobak. Antalet bygglovsansökningar "
        "är i nivå med föregående år, medan klagomålen på störningar har ökat."
    )
    d.p(
        "Nämndens prognos för helåret är ett överskott om 390 tkr. Av nämndens åtta mål "
        "bedöms fem uppnås, två uppnås delvis och ett inte uppnås."
    )
    counts = {s: sum(1 for g in GOALS if g[1] == s) for s in WORDS}
    assert counts == {"expected_achieved": 5, "partly": 2, "expected_not_achieved": 1}
    d.h(1, "Samlad måluppfyllelse")
    d.p("5 av 8 mål bedöms uppnås vid årets slut.", "status")
    bar = [
        (counts["expected_achieved"], "uppnås", "#5DA941"),
        (counts["partly"], "uppnås delvis", "#F2C12E"),
        (counts["expected_not_achieved"], "uppnås inte", "#D64541"),
    ]
    d.add(Custom("bar", {"bar": bar}, words="\n".join(f"{n} {w}" for n, w, _c in bar)))
    d.h(1, "Mål och nyckeltal")
    d.p(
        "För varje mål redovisas nämndens prognos för helåret och de nyckeltal som följs upp. "
        "Nyckeltalen avser januari–augusti 2026; inom parentes anges målvärdet och utfallet "
        "för samma period 2025."
    )
    for g, s, comment, kpis in GOALS:
        d.goal(g, s)
        d.h(2, g, toc=False)
        d.p(f"Prognos helår: {WORDS[s]}", "status")
        d.p(comment)
        if not kpis:
            continue
        items = []
        trows = []
        for name, v26, f, target, v25 in kpis:
            paren = f"mål {target}" if target != "–" else ""
            if v25 is not None:
                paren += ("; " if paren else "") + f"jan–aug 2025: {f(v25)}"
            items.append(f"{name}: {f(v26)}" + (f" ({paren})" if paren else ""))
            trows.append(Row(name, [v26, Raw(target), v25], fmt=f))
        t = Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål",)),
                Col(("Jan–aug 2025",), year="2025"),
            ],
            rows=trows,
            kind="kpi",
        )
        d.add(Custom("kpibullets", {"items": items, "table": t}, words="\n".join(items)))
    d.h(1, "Ekonomi")
    units = [
        # name, budget intäkter, budget kostnader, prognos intäkter, prognos kostnader
        ("Nämnd och ledning", 0, -2_150, 0, -2_080),
        ("Bygglov", 9_400, -14_800, 8_650, -14_220),
        ("Miljö- och hälsoskydd", 6_200, -13_900, 6_480, -13_460),
        ("Livsmedelskontroll", 3_900, -6_450, 4_120, -6_530),
        ("Alkohol och tobak", 1_150, -1_900, 1_090, -2_210),
    ]
    trows = []
    for n, bi, bk, pi, pk in units:
        trows.append(Row(n, [bi, bk, bi + bk, pi, pk, pi + pk, (pi + pk) - (bi + bk)]))
    tot = [sum(r.cells[k] for r in trows) for k in range(7)]
    assert tot[6] == 390 and tot[5] - tot[2] == 390, tot
    trows.append(Row("Summa", tot, total=True))
    d.p(
        "Prognosen för helåret är ett överskott om 390 tkr. Intäkterna för bygglov blir lägre "
        "än budgeterat, men vakanser inom miljö- och hälsoskydd ger lägre kostnader."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Intäkter",), group="Budget 2026"),
                Col(("Kostnader",), group="Budget 2026"),
                Col(("Netto",), group="Budget 2026"),
                Col(("Intäkter",), group="Prognos 2026"),
                Col(("Kostnader",), group="Prognos 2026"),
                Col(("Netto",), group="Prognos 2026"),
                Col(("Avvikelse", "netto"), width=1.1),
            ],
            rows=trows,
            kind="unit",
            caption="Tabell 1. Driftredovisning per verksamhet, tkr",
            note="Avvikelse = prognos netto minus budget netto; ett plus är ett överskott.",
            fmt=N,
            label_width=2.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)
    tw = 21.0 - 2.2 - 2.2
    styles = [
        '<style:style style:name="Bar" style:family="table"><style:table-properties '
        f'style:width="{tw:.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.4cm"/></style:style>',
        '<style:style style:name="BarP" style:family="paragraph" style:parent-style-name="TL">'
        '<style:paragraph-properties fo:text-align="center"/><style:text-properties '
        'fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>',
        '<style:style style:name="KB" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>',
    ]
    bar_cols: list[str] = []

    def ensure() -> None:
        if styles[0] not in w.auto:  # render() starts the automatic styles afresh
            w.auto.extend(styles + bar_cols)

    def bar(b: Custom) -> str:
        total = sum(n for n, _w, _c in b.data["bar"])
        if not bar_cols:
            for i, (n, _w, c) in enumerate(b.data["bar"]):
                bar_cols.append(
                    f'<style:style style:name="Bar.C{i}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{tw * n / total:.3f}cm"/></style:style>'
                )
                bar_cols.append(
                    f'<style:style style:name="Bar.c{i}" style:family="table-cell"><style:table-cell-properties '
                    f'fo:padding-top="0.12cm" fo:padding-bottom="0.12cm" fo:padding-left="0.03cm" fo:padding-right="0.03cm" fo:border="0.5pt solid #FFFFFF" fo:background-color="{c}" '
                    'style:vertical-align="middle"/></style:style>'
                )
        ensure()
        cols = "".join(
            f'<table:table-column table:style-name="Bar.C{i}"/>' for i in range(len(b.data["bar"]))
        )
        cells = "".join(
            f'<table:table-cell table:style-name="Bar.c{i}" office:value-type="string">'
            f'<text:p text:style-name="BarP">{n} {x(word)}</text:p></table:table-cell>'
            for i, (n, word, _c) in enumerate(b.data["bar"])
        )
        return f'<table:table table:name="Samlad" table:style-name="Bar">{cols}<table:table-row>{cells}</table:table-row></table:table>'

    def kpibullets(b: Custom) -> str:
        ensure()
        items = "".join(
            f'<text:list-item><text:p text:style-name="KB">{x(i)}</text:p></text:list-item>'
            for i in b.data["items"]
        )
        return f'<text:list text:style-name="LBullet">{items}</text:list>'

    return fodt.build(
        doc, out / "sources", out, custom={"bar": bar, "kpibullets": kpibullets}, writer=w
    )

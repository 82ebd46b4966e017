"""Hallstahammar, Kultur- och fritidsnämnden, månadsuppföljning per maj 2026 (Writer, tables
without rules, minus signs U+2212 in one table and ASCII hyphens in the other)."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, Row, Table

MINUS = NumFmt(minus="\u2212")  # "−1 250", as Word's AutoFormat or an Excel paste prints it


def build() -> Doc:
    d = Doc(
        stem="hallstahammar-kultur-och-fritidsnamnden-manadsuppfoljning-2026-05",
        municipality="Hallstahammar",
        committee="Kultur- och fritidsnämnden",
        report_type="interim",
        year=2026,
        end="2026-05-31",
        title="Månadsuppföljning per maj 2026",
        engine="fodt",
        what="Kultur- och fritidsnämnden, månadsuppföljning per maj 2026; Writer (a tjänsteskrivelse "
        "with labelled fields)",
        hard='the municipality only in a field on page 1 ("Organisation: Hallstahammars kommun"), '
        "nowhere in headers or footers; tables with no ruled lines at all (columns only by alignment); "
        'the drift table prints minus as U+2212 ("−1 250"), the summary table with an ASCII hyphen; '
        "a Summa row; volumes compared January–May of two years; no goals",
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#000000",
        "first_page_plain": False,
        "footer": "Kultur- och fritidsnämnden · Månadsuppföljning maj 2026\t\tSida {page} ({pages})",
        "hf_size": 8,
        "table_rules": "none",
        "table_size": 9.5,
        "margins": (2.0, 1.8, 2.5, 2.2),
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
    }
    d.options["pdf_title"] = "Månadsuppföljning maj 2026"
    d.p("TJÄNSTESKRIVELSE", "meta")
    d.p("Organisation: Hallstahammars kommun", "meta")
    d.p("Nämnd: Kultur- och fritidsnämnden", "meta")
    d.p("Ärende: Månadsuppföljning per maj 2026", "meta")
    d.p("Datum: 2026-06-09", "meta")
    d.p("Handläggare: Lena Berg, nämndekonom", "meta")
    d.h(1, "Månadsuppföljning per maj 2026")
    d.h(2, "Sammanfattning")
    d.p(
        "Kultur- och fritidsnämnden prognostiserar ett underskott om 1 580 tkr för helåret 2026. "
        "Underskottet finns inom Idrott och anläggningar, där energikostnaderna för ishallen och "
        "konstgräsplanerna är högre än budgeterat, och inom Fritidsgårdar och ungdomsverksamhet, där "
        "sommarlovsverksamheten utökas. Kulturskolan och Nämnd och förvaltningsledning bedöms lämna "
        "ett mindre överskott."
    )
    d.p(
        "Utfallet för januari–maj motsvarar 46 procent av årsbudgeten, vilket är något högre än "
        "normalt för perioden. En del av förklaringen är att föreningsbidragen betalas ut under våren."
    )
    rows = [
        ("Nämnd och förvaltningsledning", 4_850, 1_912, 4_700),
        ("Bibliotek", 11_420, 4_801, 11_380),
        ("Fritidsgårdar och ungdomsverksamhet", 8_930, 3_988, 9_410),
        ("Idrott och anläggningar", 19_640, 9_215, 20_890),
        ("Simhall", 7_310, 3_402, 7_520),
        ("Kulturskola", 9_120, 3_602, 8_950),
        ("Föreningsbidrag", 3_480, 2_610, 3_480),
    ]
    trs = [Row(n, [b, u, p, b - p]) for n, b, u, p in rows]
    tb, tu, tp = (sum(r[i] for r in rows) for i in (1, 2, 3))
    trs.append(Row("Summa", [tb, tu, tp, tb - tp], total=True))
    assert tb - tp == -1_580, tb - tp
    d.h(2, "Driftredovisning")
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget helår",)),
                Col(("Utfall jan–maj",)),
                Col(("Prognos helår",)),
                Col(("Avvikelse",)),
            ],
            rows=trs,
            kind="unit",
            caption="Nettokostnad per verksamhet, tkr",
            fmt=MINUS,
            label_width=3.2,
            note="Avvikelse = budget helår minus prognos helår. Ett negativt tal är ett underskott.",
        )
    )
    d.p(
        "Idrott och anläggningar prognostiserar ett underskott om 1 250 tkr. Elpriset för ishallen har "
        "varit högre än budgeterat under januari–mars och två konstgräsplaner har behövt snöröjas oftare "
        "än ett normalt år. Fritidsgårdarna utökar sommarlovsverksamheten med kvällsöppet i Kolbäck, vilket "
        "ger ett underskott om 480 tkr."
    )
    d.p(
        "Simhallen visar ett underskott om 210 tkr till följd av ett reparerat reningsverk. Kulturskolan "
        "har två vakanta lärartjänster under våren, vilket ger ett överskott om 170 tkr."
    )
    d.h(2, "Ekonomisk sammanställning")
    kb = 64_750
    inc = [
        ("Intäkter", 6_840, 6_520),
        ("Personalkostnader", -31_260, -31_050),
        ("Lokalkostnader", -24_980, -25_870),
        ("Övriga kostnader", -15_350, -15_930),
    ]
    irs = [Row(n, [b, p, p - b]) for n, b, p in inc]
    nb, np_ = sum(r[1] for r in inc), sum(r[2] for r in inc)
    assert nb == -tb and np_ == -tp, (nb, tb, np_, tp)
    irs.append(Row("Nettokostnad", [nb, np_, np_ - nb], total=True))
    irs.append(Row("Kommunbidrag", [kb, kb, 0]))
    irs.append(Row("Resultat", [nb + kb, np_ + kb, np_ - nb], total=True))
    d.table(
        Table(
            label_head=("Resultaträkning (tkr)",),
            cols=[Col(("Budget helår",)), Col(("Prognos helår",)), Col(("Avvikelse",))],
            rows=irs,
            kind="is",
            fmt=NumFmt(),
            label_width=3.0,
        )
    )
    d.p(
        "Intäkterna bedöms bli 320 tkr lägre än budget, främst på grund av lägre hyresintäkter från "
        "ishallen när två föreningar har flyttat sina träningar till grannkommunen."
    )
    d.h(2, "Verksamhetsmått")
    d.p(
        "Besöken på biblioteken har ökat efter att huvudbiblioteket fick meröppet i februari. Antalet "
        "elever i kulturskolan har minskat något eftersom två kurser har ställts in under våren."
    )
    d.table(
        Table(
            label_head=("Verksamhetsmått",),
            cols=[Col(("Jan–maj 2025",), year="2025"), Col(("Jan–maj 2026",), year="2026")],
            rows=[
                Row("Antal besök på biblioteken", [58_410, 64_905]),
                Row("Antal utlån", [41_220, 40_870]),
                Row("Antal besök i simhallen", [37_960, 36_110]),
                Row("Antal elever i kulturskolan", [512, 488]),
                Row("Antal besök på fritidsgårdarna", [9_870, 10_455]),
            ],
            kind="kpi",
            fmt=NumFmt(),
            label_width=3.4,
        )
    )
    d.h(2, "Åtgärder")
    d.bullets(
        "Energieffektivisering av ishallens kylanläggning tidigareläggs till sommaren 2026.",
        "Uthyrningen av ishallen under sommaren erbjuds även föreningar i länet.",
        "Vakanta tjänster inom förvaltningsledningen tillsätts inte under resten av året.",
    )
    d.h(2, "Förslag till beslut")
    d.p(
        "Kultur- och fritidsnämnden godkänner månadsuppföljningen per maj 2026 och uppdrar åt "
        "förvaltningen att till nämndens sammanträde i september redovisa effekten av åtgärderna."
    )
    d.p("Per Alm\nKultur- och fritidschef", "small")
    return d

"""Kungsbacka, Socialnämnden, månadsuppföljning per mars 2026 (Writer, Word-like, 3 pages)."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, Row, Table


def build() -> Doc:
    d = Doc(
        stem="kungsbacka-socialnamnden-manadsuppfoljning-2026-03",
        municipality="Kungsbacka",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-03-31",
        title="Månadsuppföljning per mars 2026",
        engine="fodt",
        what="Socialnämnden, månadsuppföljning per mars 2026; Writer (Word-like, Carlito)",
        hard="no title page, metadata in a heading block and a footer; drift table per verksamhet "
        "(Budget helår / Utfall jan–mar / Prognos helår / Avvikelse, tkr) with two-line headers, "
        "negative deviations and a total row; KPI table by month of two years; no goals at all",
    )
    d.options["fodt"] = {
        "font": "Carlito",
        "size": 11,
        "hcolor": "#1F3864",
        "first_page_plain": False,
        "footer": "Kungsbacka kommun\tSocialnämnden – Månadsuppföljning mars 2026\tSida {page} av {pages}",
        "hf_size": 8,
        "table_rules": "rules",
        "table_head_bg": "#D9E2F3",
        "margins": (1.8, 1.6, 2.3, 2.3),
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
    }
    d.options["pdf_title"] = "Månadsuppföljning mars 2026 SN"
    d.p("KUNGSBACKA KOMMUN", "meta")
    d.p("Tjänsteskrivelse\t2026-04-14\tDnr SN 2026-00142", "meta")
    d.h(1, "Månadsuppföljning per mars 2026 – Socialnämnden")
    d.p(
        "Förvaltningen för individ och familjeomsorg redovisar här nämndens ekonomiska utfall för "
        "perioden januari–mars 2026 och en prognos för helåret. Uppföljningen är den första för året och "
        "bygger på utfallet i huvudboken per den 31 mars samt på verksamheternas bedömning av volymerna "
        "under resten av året.",
        "lead",
    )
    d.h(2, "Sammanfattning")
    d.p(
        "Socialnämnden prognostiserar ett underskott om 9 140 tkr för helåret 2026, vilket motsvarar 1,2 "
        "procent av nämndens budget. Underskottet finns främst inom Barn och unga, där kostnaderna för "
        "placeringar i hem för vård eller boende (HVB) fortsätter att öka, och inom Vuxen, där antalet "
        "vårddygn på behandlingshem är högre än budgeterat. Ekonomiskt bistånd visar ett mindre underskott "
        "medan Funktionsnedsättning och Nämnd och förvaltningsledning bedöms lämna ett överskott."
    )
    d.p(
        "Förvaltningen har påbörjat en genomgång av samtliga externa placeringar och kommer till "
        "nämndens sammanträde i maj att redovisa en åtgärdsplan för en ekonomi i balans."
    )
    d.h(2, "Driftredovisning per verksamhet")
    f = NumFmt()
    rows = [
        ("Nämnd och förvaltningsledning", 38_450, 8_912, 37_650),
        ("Barn och unga", 212_300, 58_977, 219_800),
        ("Vuxen", 96_780, 27_406, 101_240),
        ("Ekonomiskt bistånd", 118_900, 30_311, 120_100),
        ("Funktionsnedsättning", 241_620, 58_040, 238_400),
        ("Arbetsmarknad och integration", 31_950, 7_655, 31_950),
    ]
    trs = [Row(n, [b, u, p, b - p]) for n, b, u, p in rows]
    tb, tu, tp = (sum(r[i] for r in rows) for i in (1, 2, 3))
    trs.append(Row("Totalt Socialnämnden", [tb, tu, tp, tb - tp], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "helår")),
                Col(("Utfall", "jan–mar")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse", "helår")),
            ],
            rows=trs,
            kind="unit",
            caption="Nettokostnad per verksamhet, tkr",
            fmt=f,
            label_width=2.8,
            note="Avvikelse = budget helår minus prognos helår. Negativt värde innebär underskott.",
        )
    )
    assert tb - tp == -9_140, tb - tp
    d.h(2, "Kommentarer per verksamhet")
    d.h(3, "Barn och unga")
    d.p(
        "Verksamheten prognostiserar ett underskott om 7 500 tkr. Under första kvartalet har fyra nya "
        "placeringar på HVB gjorts, varav två med särskilt höga dygnskostnader. Andelen barn som placeras "
        "i familjehem i egen regi har ökat jämfört med samma period förra året, men inte tillräckligt för att "
        "uppväga kostnaderna för de externa placeringarna."
    )
    d.h(3, "Vuxen")
    d.p(
        "Underskottet om 4 460 tkr förklaras av fler vårddygn på behandlingshem för personer med "
        "missbruk. Öppenvården har förstärkts med två behandlare för att på sikt minska behovet av "
        "placeringar. Effekten väntas märkas först under andra halvåret."
    )
    d.h(3, "Ekonomiskt bistånd")
    d.p(
        "Antalet hushåll med ekonomiskt bistånd är i genomsnitt 655 per månad, att jämföra med 612 under "
        "motsvarande period 2025. Prognosen innebär ett underskott om 1 200 tkr. Arbetsmarknadsenheten och "
        "försörjningsstödet har inlett ett gemensamt arbete för att korta tiden i bistånd."
    )
    d.h(3, "Funktionsnedsättning")
    d.p(
        "Verksamheten visar ett överskott om 3 220 tkr, främst genom att två gruppbostäder öppnar senare än "
        "planerat och att vakanta tjänster inte har tillsatts fullt ut."
    )
    d.h(3, "Nämnd och förvaltningsledning samt Arbetsmarknad och integration")
    d.p(
        "Nämnd och förvaltningsledning visar ett överskott om 800 tkr till följd av vakanser. Arbetsmarknad "
        "och integration bedöms hålla sin budget."
    )
    d.h(2, "Nyckeltal")
    kf = NumFmt()
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "mars 2025"), year="2025"),
                Col(("Utfall", "mars 2026"), year="2026"),
            ],
            rows=[
                Row("Antal hushåll med ekonomiskt bistånd, genomsnitt per månad", [612, 655]),
                Row("Antal placerade barn och unga, HVB och familjehem", [88, 94]),
                Row("Antal vårddygn HVB vuxna, ackumulerat", [1_410, 1_625]),
                Row("Antal personer med beslut om daglig verksamhet LSS", [301, 312]),
                Row("Sjukfrånvaro medarbetare, %", [8.4, 7.9], fmt=NumFmt(dec=1)),
            ],
            kind="kpi",
            caption="Volymer och nyckeltal",
            fmt=kf,
            label_width=4.2,
        )
    )
    d.h(2, "Personal")
    d.p(
        "Förvaltningen har 612 tillsvidareanställda medarbetare. Sjukfrånvaron har minskat jämfört med samma period "
        "förra året, främst inom Funktionsnedsättning. Rekryteringen av socialsekreterare till barn och unga är "
        "fortsatt svår och förvaltningen använder konsulter för att täcka tre vakanta tjänster. Kostnaden för "
        "konsulterna uppgick till 1 380 tkr under perioden."
    )
    d.h(2, "Investeringar")
    d.table(
        Table(
            label_head=("Projekt",),
            kind="plain",
            fmt=f,
            label_width=3.2,
            cols=[Col(("Budget", "2026")), Col(("Utfall", "jan–mar")), Col(("Prognos", "2026"))],
            rows=[
                Row("Inventarier gruppbostad Vallda", [1_200, 0, 1_200]),
                Row("Digitala trygghetslarm", [850, 212, 850]),
                Row("Verksamhetssystem, införande", [2_400, 640, 2_600]),
                Row("Summa investeringar", [4_450, 852, 4_650], total=True),
            ],
            caption="Investeringar, tkr",
        )
    )
    d.p(
        "Införandet av det nya verksamhetssystemet för individ- och familjeomsorgen bedöms kosta 200 tkr mer än "
        "budgeterat på grund av ökade konsultkostnader för datamigrering."
    )
    d.h(2, "Risker och osäkerheter")
    d.p(
        "Prognosen är osäker. Kostnaderna för placeringar av barn och unga kan förändras snabbt, och en enda "
        "placering på särskilt ungdomshem kostar omkring 2 000 tkr per år. Även antalet hushåll med ekonomiskt "
        "bistånd påverkas av arbetsmarknadens utveckling. Förvaltningen bedömer att risken för ett större "
        "underskott än prognosen är betydande."
    )
    d.h(2, "Åtgärder för en ekonomi i balans")
    d.bullets(
        "Genomgång av samtliga externa placeringar med fokus på hemtagning och vård på hemmaplan.",
        "Utökad rekrytering av familjehem i egen regi under våren 2026.",
        "Restriktivitet vid återbesättning av tjänster inom administration och ledning.",
        "Fördjupad uppföljning av ekonomiskt bistånd tillsammans med arbetsmarknadsenheten.",
    )
    d.h(2, "Förslag till beslut")
    d.p(
        "Socialnämnden godkänner månadsuppföljningen per mars 2026 och ger förvaltningen i uppdrag att "
        "till sammanträdet i maj redovisa en åtgärdsplan för en ekonomi i balans."
    )
    d.p("Anna Lindqvist\nFörvaltningschef\n\nMagnus Ek\nEkonomichef", "small")
    return d

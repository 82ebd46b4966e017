"""Härnösand, Socialnämnden, uppföljning januari–juni 2025 (Writer; the drift table is a picture)."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, Row, Table

PROGNOS = {
    "expected_achieved": "Målet nås.",
    "partly": "Målet nås delvis.",
    "expected_not_achieved": "Målet nås inte.",
}
N = NumFmt()


def build() -> Doc:
    d = Doc(
        stem="harnosand-socialnamnden-uppfoljning-2025-06",
        municipality="Härnösand",
        committee="Socialnämnden",
        report_type="interim",
        year=2025,
        end="2025-06-30",
        title="Uppföljning januari–juni 2025",
        engine="fodt",
        what="Socialnämnden, uppföljning januari–juni 2025 (a half-year follow-up); Writer",
        hard="the drift table per verksamhet is only a picture (an Excel range pasted as an image, 200 dpi): "
        "its cells are in the key and can only be read by OCR; goals announced by a label line "
        '("Nämndmål 2") above the title, forecast as "Prognos: Målet nås delvis."; '
        'footer "Sida 2 (3)"',
    )
    d.options["fodt"] = {
        "font": "Carlito",
        "size": 11,
        "hcolor": "#2F5496",
        "first_page_plain": False,
        "header": "Härnösands kommun\t\tSocialnämnden",
        "footer": "Uppföljning januari–juni 2025\t\tSida {page} ({pages})",
        "hf_size": 8.5,
        "table_rules": "grid",
        "table_head_bg": "#D9E2F3",
        "table_size": 9.5,
        "h_sizes": {1: 16, 2: 13, 3: 11.5},
        "margins": (2.0, 2.0, 2.5, 2.5),
    }
    d.options["image_table"] = {
        "family": "Carlito",
        "size_pt": 9.5,
        "head_bg": "#E2EFDA",
        "total_bg": "#F2F2F2",
    }
    d.p("Uppföljning januari–juni 2025", "title")
    d.p("Socialnämnden", "subtitle")
    d.p("Dnr SN 2025/118 · Handläggare: Peter Sundin, ekonom", "meta")
    d.h(1, "Sammanfattning")
    d.p(
        "Socialnämnden redovisar för det första halvåret 2025 ett underskott om 6 312 tkr och prognostiserar "
        "ett underskott om 9 800 tkr för helåret. Underskottet finns inom individ- och familjeomsorgen, där "
        "kostnaderna för placeringar av barn och unga är betydligt högre än budgeterat. Försörjningsstödet "
        "har minskat jämfört med 2024, och verksamheten för personer med funktionsnedsättning bedöms hålla "
        "budget."
    )
    d.p("Av nämndens fyra mål bedöms ett nås, två nås delvis och ett nås inte.")
    d.h(1, "Måluppfyllelse")
    goals = [
        (
            "Fler hushåll ska bli självförsörjande",
            "expected_achieved",
            "Antalet hushåll med försörjningsstöd har minskat med 9 procent jämfört med första halvåret 2024. "
            "Samarbetet med arbetsmarknadsenheten har gett fler personer en anställning med stöd.",
        ),
        (
            "Barn och unga ska få rätt stöd i rätt tid",
            "partly",
            "Andelen utredningar som avslutas inom lagstadgad tid har ökat, men antalet orosanmälningar fortsätter "
            "att öka och flera barn har placerats på HVB i brist på familjehem.",
        ),
        (
            "Den enskilde ska vara delaktig i planeringen av sina insatser",
            "partly",
            "Andelen genomförandeplaner som är upprättade tillsammans med den enskilde har ökat inom "
            "funktionshinderområdet men inte inom missbruks- och beroendevården.",
        ),
        (
            "Nämnden ska ha en ekonomi i balans",
            "expected_not_achieved",
            "Prognosen visar ett underskott om 9 800 tkr. Åtgärder har vidtagits, men effekten under 2025 "
            "bedöms bli begränsad.",
        ),
    ]
    for i, (title, status, text) in enumerate(goals, start=1):
        d.goal(title, status)
        d.p(f"Nämndmål {i}", "small")
        d.h(3, title)
        d.p(f"Prognos: {PROGNOS[status]}", "status")
        d.p(text)
    d.h(1, "Verksamhetsmått")
    d.table(
        Table(
            label_head=("Mått",),
            kind="kpi",
            fmt=N,
            label_width=3.2,
            cols=[Col(("Jan–jun", "2024"), year="2024"), Col(("Jan–jun", "2025"), year="2025")],
            rows=[
                Row("Antal hushåll med försörjningsstöd, genomsnitt per månad", [384, 349]),
                Row("Antal orosanmälningar barn och unga", [712, 798]),
                Row(
                    "Andel barnavårdsutredningar klara inom 120 dagar, %",
                    [71.5, 78.2],
                    fmt=NumFmt(dec=1),
                ),
                Row("Antal barn och unga placerade på HVB, genomsnitt", [11, 16]),
                Row("Antal personer med insats enligt LSS", [214, 219]),
            ],
        )
    )
    d.h(1, "Ekonomi")
    d.p(
        "Tabellen nedan visar nämndens resultaträkning. Driftredovisningen per verksamhet redovisas i "
        "tabell 2."
    )
    inc = [
        ("Intäkter", 74_300, 38_912, 76_100),
        ("Personalkostnader", -262_800, -133_618, -265_900),
        ("Köp av verksamhet", -98_400, -58_760, -106_700),
        ("Försörjningsstöd", -41_200, -18_906, -38_100),
        ("Övriga kostnader", -57_900, -27_742, -61_200),
    ]
    rows = [Row(n, [b, u, p, p - b]) for n, b, u, p in inc]
    s = [sum(x[i] for x in inc) for i in (1, 2, 3)]
    rows.append(Row("Nettokostnad", [*s, s[2] - s[0]], total=True))
    kb = (386_000, 193_802, 386_000)
    rows.append(Row("Kommunbidrag", [*kb, 0]))
    res = [a + b for a, b in zip(s, kb, strict=True)]
    rows.append(Row("Resultat", [*res, res[2] - res[0]], total=True))
    assert res == [0, -6_312, -9_800], res
    cols = [
        Col(("Budget", "helår")),
        Col(("Utfall", "jan–jun")),
        Col(("Prognos", "helår")),
        Col(("Avvikelse",)),
    ]
    d.table(
        Table(
            label_head=("Tkr",),
            kind="is",
            fmt=N,
            cols=cols,
            rows=rows,
            label_width=2.6,
            caption="Tabell 1. Resultaträkning",
        )
    )
    units = [
        ("Nämnd och ledning", -14_200, -6_702, -13_900),
        ("Individ- och familjeomsorg barn och unga", -92_600, -55_412, -104_300),
        ("Vuxna, missbruk och beroende", -38_100, -20_115, -39_800),
        ("Försörjningsstöd", -41_200, -18_906, -38_100),
        ("Funktionsnedsättning", -172_400, -84_990, -172_300),
        ("Arbetsmarknadsenheten", -27_500, -13_989, -27_400),
    ]
    ur = [Row(n, [b, u, p, p - b]) for n, b, u, p in units]
    us = [sum(x[i] for x in units) for i in (1, 2, 3)]
    ur.append(Row("Summa Socialnämnden", [*us, us[2] - us[0]], total=True))
    d.p(
        "Individ- och familjeomsorgen för barn och unga prognostiserar ett underskott om 11 700 tkr. Vuxna, "
        "missbruk och beroende visar ett underskott om 1 700 tkr, medan försörjningsstödet visar ett "
        "överskott om 3 100 tkr."
    )
    t = d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            kind="unit",
            fmt=N,
            cols=cols,
            rows=ur,
            label_width=3.0,
            caption="Tabell 2. Driftredovisning per verksamhet",
            as_image=True,
        )
    )
    assert us == s, (us, s)
    assert us[2] - us[0] == -9_800, us
    _ = t
    d.h(1, "Åtgärder")
    d.bullets(
        "Rekrytering av familjehem genom en gemensam kampanj med grannkommunerna.",
        "Förstärkt öppenvård för ungdomar för att undvika placeringar.",
        "Översyn av avtal med HVB-leverantörer.",
    )
    d.p(
        "Förvaltningen föreslår att socialnämnden godkänner uppföljningen och överlämnar den till "
        "kommunstyrelsen."
    )
    return d

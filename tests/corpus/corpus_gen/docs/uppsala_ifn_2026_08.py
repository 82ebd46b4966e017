"""Uppsala, Idrotts- och fritidsnämnden, delårsrapport januari–augusti 2026 (Writer): a city's
interim report with a goal table and KPI tables with part-year columns and a trend column."""

from __future__ import annotations

from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
MNKR = NumFmt(dec=1)
STATUS_WORDS = {
    "expected_achieved": "Uppfylls helt",
    "partly": "Uppfylls delvis",
    "expected_not_achieved": "Uppfylls inte",
}


def build() -> Doc:
    d = Doc(
        stem="uppsala-idrotts-och-fritidsnamnden-delarsrapport-2026-08",
        municipality="Uppsala",
        committee="Idrotts- och fritidsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="fodt",
        what="Idrotts- och fritidsnämnden, delårsrapport januari–augusti 2026: a city's interim report; "
        "Writer with a grid table style",
        hard='headings numbered with a full stop ("2.", "2.1."); a goal table "Inriktningsmål | '
        'Nämndens bedömning helår" with the words "Uppfylls helt / delvis / inte"; KPI tables per '
        'goal with a full year, two part-year columns ("Utfall jan–aug 2025", "Utfall jan–aug '
        '2026"), a target column and a trend column of arrows (↑ ↓ →); a KPI in "av 10" that is '
        "no number; the drift table in mnkr with a percentage column (Förbrukat) and a "
        "prognosis-minus-budget deviation",
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10,
        "hcolor": "#1D3D6B",
        "first_page_plain": True,
        "header": "Uppsala kommun\t\tIdrotts- och fritidsnämnden",
        "footer": "Delårsrapport januari–augusti 2026\t\t{page} ({pages})",
        "hf_size": 8,
        "table_rules": "grid",
        "table_head_bg": "#E4EAF2",
        "table_size": 9,
        "margins": (2.0, 2.0, 2.3, 2.3),
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
    }
    d.options["pdf_title"] = "Delårsrapport IFN 2026"
    d.p("Delårsrapport januari–augusti 2026", "title")
    d.p("Idrotts- och fritidsnämnden", "subtitle")
    d.p("Uppsala kommun", "subtitle")
    d.p("Diarienummer IFN-2026-00231", "metatop")
    d.h(1, "Sammanfattning", "1.")
    d.p(
        "Idrotts- och fritidsnämnden redovisar ett överskott om 4,6 mnkr för januari–augusti och "
        "prognostiserar ett underskott om 2,4 mnkr för helåret. Underskottet beror på högre "
        "driftkostnader för den nya simhallen i Gottsunda, som öppnade i april, och på lägre "
        "intäkter från uthyrning av idrottshallar under sommaren."
    )
    d.p(
        "Nämnden bedömer att två av fyra inriktningsmål uppfylls helt, ett delvis och ett inte under "
        "året. Besöken i simhallarna har ökat kraftigt, medan deltagandet i föreningslivet bland "
        "flickor i åldern 13–16 år fortsätter att minska."
    )
    d.h(1, "Mål och resultat", "2.")
    goals = [
        (
            "Fler barn och unga ska vara fysiskt aktiva på sin fritid",
            "partly",
            [
                (
                    "Antal deltagartillfällen i föreningar för 7–20 år, tusental",
                    [1_212, 804, 823],
                    Raw("≥ 1 250"),
                    Raw("↑"),
                    NumFmt(),
                ),
                (
                    "Andel flickor av deltagartillfällena",
                    [39, 38, 37],
                    Raw("≥ 42 %"),
                    Raw("↓"),
                    PCT,
                ),
            ],
        ),
        (
            "Simkunnigheten bland barn ska öka",
            "expected_achieved",
            [
                (
                    "Andel elever i åk 6 som kan simma 200 meter",
                    [88, None, None],
                    Raw("≥ 90 %"),
                    Raw("–"),
                    PCT,
                ),
                (
                    "Antal besök i kommunens simhallar",
                    [612_400, 398_150, 455_920],
                    Raw("≥ 640 000"),
                    Raw("↑"),
                    NumFmt(),
                ),
            ],
        ),
        (
            "Fritidsgårdarna ska vara öppna och trygga mötesplatser",
            "expected_achieved",
            [
                (
                    "Antal besök på fritidsgårdarna",
                    [168_300, 109_840, 114_205],
                    Raw("≥ 165 000"),
                    Raw("↑"),
                    NumFmt(),
                ),
                (
                    "Upplevd trygghet bland besökare, av 10",
                    [Raw("8,1 av 10"), Raw("–"), Raw("8,4 av 10")],
                    Raw("≥ 8"),
                    Raw("→"),
                    NumFmt(),
                ),
            ],
        ),
        (
            "Idrottsanläggningarna ska användas effektivt",
            "expected_not_achieved",
            [
                (
                    "Beläggning i idrottshallar vardagar kl. 17–21",
                    [86, 84, 79],
                    Raw("≥ 90 %"),
                    Raw("↓"),
                    PCT,
                ),
            ],
        ),
    ]
    d.h(2, "Nämndens bedömning av inriktningsmålen", "2.1.")
    d.table(
        Table(
            label_head=("Inriktningsmål",),
            cols=[Col(("Nämndens bedömning helår",), width=0.9)],
            rows=[Row(t, [Raw(STATUS_WORDS[s])]) for t, s, _ in goals],
            kind="plain",
            label_width=2.4,
        )
    )
    for t, s, _ in goals:
        d.goal(t, s)
    for number, (title, _s, inds) in enumerate(goals, start=2):
        d.h(2, title, f"2.{number}.")
        d.p(
            {
                2: "Deltagandet i föreningslivet ligger kvar på samma nivå som 2025, men andelen flickor "
                "minskar. Nämnden har infört ett särskilt stöd till föreningar som startar "
                "verksamhet för flickor.",
                3: "Simskolan på sommarlovet hade rekordmånga deltagare. Skolornas mätning av "
                "simkunnighet redovisas i december.",
                4: "Fritidsgårdarna har haft fler besök än samma period 2025 och den nya mötesplatsen "
                "i Gränby har öppet även på söndagar.",
                5: "Beläggningen sjunker eftersom två skolor har flyttat sin idrottsundervisning till "
                "nya hallar utanför nämndens bestånd.",
            }[number]
        )
        d.table(
            Table(
                label_head=("Indikator",),
                cols=[
                    Col(("Utfall", "2024"), year="2024"),
                    Col(("Utfall", "jan–aug 2025"), year="2025"),
                    Col(("Utfall", "jan–aug 2026"), year="2026"),
                    Col(("Mål", "2026")),
                    Col(("Trend",), width=0.6),
                ],
                rows=[
                    Row(
                        n, [*(v if v is not None else Raw("–") for v in vals), target, trend], fmt=f
                    )
                    for n, vals, target, trend, f in inds
                ],
                kind="kpi",
                label_width=3.4,
            )
        )
    d.add(
        Custom(
            "trendnote",
            {},
            words="Trend: ↑ förbättring jämfört med samma period föregående år, ↓ försämring, "
            "→ oförändrat.",
        )
    )
    d.h(1, "Ekonomi", "3.")
    d.h(2, "Driftredovisning", "3.1.")
    units = [
        ("Nämnd och administration", 9.1, 8.8, 14.2, 13.9),
        ("Idrott och anläggningar", 131.6, 139.4, 214.0, 217.6),
        ("Fritidsgårdar och mötesplatser", 40.2, 41.5, 64.8, 64.1),
        ("Föreningsbidrag", 52.9, 54.0, 71.5, 71.3),
        ("Friluftsliv", 11.8, 11.2, 19.5, 19.5),
    ]
    rows = []
    for n, u25, u26, b, p in units:
        rows.append(Row(n, [u25, u26, b, p, round(b - p, 1), Raw(f"{round(100 * u26 / b)} %")]))
    s = [round(sum(x[k] for x in units), 1) for k in (1, 2, 3, 4)]
    rows.append(
        Row(
            "Summa",
            [s[0], s[1], s[2], s[3], round(s[2] - s[3], 1), Raw(f"{round(100 * s[1] / s[2])} %")],
            total=True,
        )
    )
    assert round(s[2] - s[3], 1) == -2.4, s
    d.table(
        Table(
            label_head=("Nettokostnad, mnkr",),
            cols=[
                Col(("Utfall", "jan–aug 2025")),
                Col(("Utfall", "jan–aug 2026")),
                Col(("Budget", "helår 2026")),
                Col(("Prognos", "helår 2026")),
                Col(("Avvikelse", "budget–prognos")),
                Col(("Förbrukat",), in_key=False, width=1.05),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 5. Nettokostnad per verksamhet",
            fmt=MNKR,
            label_width=2.8,
        )
    )
    d.p(
        "Idrott och anläggningar prognostiserar ett underskott om 3,6 mnkr, främst till följd av "
        "simhallen i Gottsunda. Fritidsgårdar och mötesplatser lämnar ett överskott om 0,7 mnkr."
    )
    d.h(2, "Investeringar", "3.2.")
    d.p(
        "Investeringarna uppgår till 38,2 mnkr för perioden. Den största investeringen är "
        "konstgräsplanen vid Studenternas, som blir klar i oktober."
    )
    return d


def render(doc, out):  # type: ignore[no-untyped-def]
    from .. import fodt

    def trendnote(b: Custom) -> str:
        return f'<text:p text:style-name="Note">{fodt.x(b.words)}</text:p>'

    return fodt.build(doc, out / "sources", out, custom={"trendnote": trendnote})

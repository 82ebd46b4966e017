"""Mölndal, Miljö- och byggnadsnämnden, månadsrapport with "Rapportperiod: 2025-10-31" (reportlab, kerned TJ)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

THIN = "\u2009"
NNBSP = "\u202f"
MINUS = "\u2212"
SPLIT = (
    "MÅNADSR|APPORT",
    "okt|ober",
    "Prog|nosen",
    "hel|året",
    "nämn|dens",
    "bygg|lov",
    "Miljö-|",
    "m|aj",
    "tills|yn",
    "handlägg|ningstid",
)

STATUS_TEXT = {
    "expected_achieved": "Uppfylls",
    "partly": "Uppfylls delvis",
    "expected_not_achieved": "Uppfylls inte",
}


def build() -> Doc:
    d = Doc(
        stem="molndal-miljo-och-byggnadsnamnden-manadsrapport-2025-10",
        municipality="Mölndal",
        committee="Miljö- och byggnadsnämnden",
        report_type="interim",
        year=2025,
        end="2025-10-31",
        title="Månadsrapport",
        engine="reportlab",
        what='Miljö- och byggnadsnämnden, månadsrapport; the period is only "Rapportperiod: 2025-10-31" '
        'and "jan–okt"',
        hard='every line drawn as a TJ array with small kerns inside numbers and words ("202" "5", '
        '"okt" "ober", "−" "1" "74…"); thousands separated by thin space U+2009 and narrow '
        'no-break space U+202F, minus as U+2212; municipality printed as "Mölndals stad"; goals '
        "with a forecast word (Uppfylls / Uppfylls delvis / Uppfylls inte) in a table column",
    )
    d.p("MÖLNDALS STAD", "meta")
    d.p("MÅNADSRAPPORT", "title")
    d.p("Miljö- och byggnadsnämnden", "subtitle")
    d.p(
        "Rapportperiod: 2025-10-31\nUpprättad: 2025-11-12 av Ekonomienheten, Stadsbyggnadsförvaltningen",
        "meta",
    )
    d.h(1, "1. Sammanfattning")
    d.p(
        f"Nämndens prognos för helåret 2025 är ett underskott på 2{THIN}150 tkr, en förbättring med 600 tkr "
        "jämfört med föregående rapport. Underskottet beror främst på lägre intäkter från bygglov då antalet "
        "ansökningar om nybyggnad av flerbostadshus har minskat kraftigt under året. Jämfört med prognosen per maj "
        "har underskottet minskat med 1 100 tkr. Miljötillsynen och "
        "livsmedelskontrollen har högre intäkter än budgeterat, och kostnaderna för personal är lägre till "
        "följd av vakanser."
    )
    d.p(
        "Handläggningstiderna för bygglov har förbättrats under hösten. Andelen beslut som fattats inom "
        "lagstadgad tid uppgår till 94,1 procent för perioden januari–oktober. Nämnden bedömer att två av "
        "fyra mål uppfylls vid årets slut."
    )
    d.h(1, "2. Ekonomiskt utfall och prognos")
    fin = NumFmt(thou=THIN, minus=MINUS)
    rows = [
        ("Nämnd och ledning", -3_410, -2_688, -3_280),
        ("Bygglov", -4_960, -5_906, -7_420),
        ("Miljö och hälsoskydd", -9_870, -7_712, -9_350),
        ("Livsmedelskontroll", -1_240, -710, -820),
        ("Kart och mät", -6_530, -5_512, -6_780),
        ("Planverksamhet", -14_290, -11_734, -14_800),
    ]
    trs = [Row(n, [b, u, p, p - b]) for n, b, u, p in rows]
    tb, tu, tp = (sum(r[i] for r in rows) for i in (1, 2, 3))
    trs.append(Row("Summa nämnden", [tb, tu, tp, tp - tb], total=True))
    assert tp - tb == -2_150, tp - tb
    d.table(
        Table(
            label_head=("Verksamhet",),
            kind="unit",
            fmt=fin,
            label_width=2.4,
            cols=[
                Col(("Budget", "helår")),
                Col(("Utfall", "jan–okt")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse",)),
            ],
            rows=trs,
            caption="Tabell 1. Nettokostnad per verksamhet, tkr",
            note="Negativa belopp avser nettokostnad. Avvikelse = prognos minus budget.",
        )
    )
    d.p(
        f"Bygglov prognostiserar ett underskott om 2{THIN}460 tkr. Avvikelsen för bygglovsavgifterna är "
        f"{MINUS}3{THIN}100 tkr, vilket delvis vägs upp av vakanser. Planverksamheten visar ett underskott om 510 tkr; den har fått "
        "ökade intäkter från planavtal men har också haft högre kostnader för konsulter."
    )
    d.p(
        "Livsmedelskontrollen visar ett överskott om 420 tkr och miljö och hälsoskydd ett överskott om 520 tkr, "
        "främst genom fler debiterade kontrolltimmar. Kart och mät redovisar ett underskott om 250 tkr till följd av "
        "en försenad leverans av flygfotografering som måste betalas under 2025."
    )
    d.p("Intäkter och kostnader för nämnden som helhet framgår av tabell 2.", None)
    inc = NumFmt(thou=NNBSP, minus=MINUS)
    irows = [
        ("Intäkter", 31_480, 24_160, 28_910),
        ("Personalkostnader", -52_220, -42_880, -51_380),
        ("Lokalkostnader", -4_150, -3_460, -4_150),
        ("Övriga kostnader", -15_410, -12_082, -15_830),
    ]
    irs = [Row(n, [b, u, p, p - b]) for n, b, u, p in irows]
    ib, iu, ip = (sum(r[i] for r in irows) for i in (1, 2, 3))
    irs.append(Row("Nettokostnad", [ib, iu, ip, ip - ib], total=True))
    assert (ib, ip) == (tb, tp), (ib, tb, ip, tp)
    d.table(
        Table(
            label_head=("Belopp i tkr",),
            kind="is",
            fmt=inc,
            label_width=2.4,
            cols=[
                Col(("Budget", "helår")),
                Col(("Utfall", "jan–okt")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse",)),
            ],
            rows=irs,
            caption="Tabell 2. Resultaträkning",
        )
    )
    d.h(1, "3. Nämndens mål – prognos för helåret")
    goals = [
        (
            "Handläggningstiden för bygglov ska minska och fler beslut ska fattas inom lagstadgad tid.",
            "expected_achieved",
            (),
        ),
        (
            "Alla livsmedelsanläggningar med hög risk ska kontrolleras minst en gång under året.",
            "expected_achieved",
            (),
        ),
        ("Den planerade miljötillsynen ska genomföras enligt tillsynsplanen.", "partly", ()),
        (
            "Nämndens verksamhet ska vara självfinansierad till minst 45 procent.",
            "expected_not_achieved",
            (),
        ),
    ]
    grows = []
    for title, status, alt in goals:
        d.goal(title, status, *alt)
        grows.append((title, STATUS_TEXT[status]))
    d.add(
        Custom(
            "goal_table",
            {"rows": grows},
            words="\n".join(f"{t}\t{s}" for t, s in [("Mål", "Prognos helår")] + grows),
        )
    )
    d.p(
        "Självfinansieringsgraden bedöms bli 39 procent för helåret, jämfört med målet 45 procent. Det beror "
        "på de lägre bygglovsintäkterna. Tillsynsplanen för miljöbalken genomförs till omkring 85 procent; "
        "resterande besök flyttas till första kvartalet 2026."
    )
    d.h(1, "4. Verksamhetsmått")
    pf = NumFmt(dec=1, suffix=" %")
    d.table(
        Table(
            label_head=("Mått",),
            kind="kpi",
            fmt=NumFmt(thou=NNBSP),
            label_width=3.6,
            cols=[
                Col(("Utfall", "jan–okt 2024"), year="2024"),
                Col(("Utfall", "jan–okt 2025"), year="2025"),
                Col(("Mål", "2025")),
            ],
            rows=[
                Row("Antal inkomna bygglovsärenden", [1_184, 1_032, Raw("–")]),
                Row(
                    "Genomsnittlig handläggningstid bygglov, veckor",
                    [6.4, 5.1, Raw("6,0")],
                    fmt=NumFmt(dec=1),
                ),
                Row(
                    "Andel bygglovsbeslut inom lagstadgad tid", [88.7, 94.1, Raw("≥ 90 %")], fmt=pf
                ),
                Row("Antal genomförda livsmedelskontroller", [1_412, 1_568, Raw("1 600")]),
                Row("Andel genomförd planerad miljötillsyn", [91.0, 84.6, Raw("100 %")], fmt=pf),
                Row("Självfinansieringsgrad", [44.2, 39.0, Raw("45 %")], fmt=pf),
            ],
            caption="Tabell 3. Verksamhetsmått",
        )
    )
    d.h(1, "5. Personal")
    d.p(
        "Antalet tillsvidareanställda uppgår till 96 per den 31 oktober. Sjukfrånvaron för perioden är 4,9 procent "
        "att jämföra med 5,6 procent samma period 2024. Två tjänster som bygglovshandläggare och en tjänst som "
        "miljöinspektör är vakanta; rekrytering pågår."
    )
    d.h(1, "6. Åtgärder")
    d.p(
        "Förvaltningen fortsätter att hålla nere kostnaderna för konsulter och köpta tjänster. Taxan för plan- och "
        "bygglov ses över inför 2026 och ett förslag till reviderad taxa lämnas till nämnden i december. "
        "Förvaltningen föreslår att nämnden godkänner månadsrapporten."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": colors.HexColor("#00594F"),
        "h_sizes": {1: 13.5, 2: 11.5, 3: 10.5},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E2EFEC"),
        "header": "Mölndals stad\t\tMiljö- och byggnadsnämnden",
        "footer": "Rapportperiod: 2025-10-31\t\tSida {page} av {pages}",
        "hf_rule": True,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    seed = doc.stem

    def para(p):  # body text: kerned TJ arrays
        st = {"lead": ("Carlito-Italic", 11.5), "small": ("Carlito", 9)}.get(
            p.style or "", ("Carlito", 10.5)
        )
        return rl.KPara(
            p.body, st[0], st[1], leading=st[1] * 1.36, seed=seed, split_words=SPLIT, space_after=6
        )

    def heading(h):
        size = {1: 13.5, 2: 11.5}.get(h.level, 10.5)
        return rl.KPara(
            h.full,
            "Carlito-Bold",
            size,
            leading=size * 1.5,
            seed=seed,
            split_words=SPLIT,
            color=o["hcolor"],
            space_after=3,
        )

    def cell(s, right, bold):
        return rl.KPara(
            s,
            "Carlito-Bold" if bold else "Carlito",
            9.5,
            leading=11.5,
            seed=seed,
            align="right" if right else "left",
            space_after=0,
            split_words=SPLIT,
            rate=0.6,
        )

    r.paragraph_factory = para
    r.heading_factory = heading
    r.cell_factory = cell

    def goal_table(b):
        t = Table(label_head=("Mål",), cols=[Col(("Prognos helår",))], rows=[], label_width=4.2)
        flow = r.table(t)
        tbl = flow[0] if not t.caption else flow[1]
        data = tbl._cellvalues[:1] + [
            [cell(title, False, False), cell(s, False, False)] for title, s in b.data["rows"]
        ]
        return [
            rl.RLTable(
                data,
                colWidths=tbl._colWidths,
                repeatRows=1,
                style=tbl._cellStyles
                and rl.TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), o["table_head_bg"]),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
                or None,
                hAlign="LEFT",
            ),
            rl.Spacer(1, 8),
        ]

    r.custom["goal_table"] = goal_table
    # the first page carries the report's own heading block, so no plain title page
    first = [
        rl.KPara(
            b.body,
            "Carlito-Bold" if b.style == "title" else "Carlito",
            {"title": 24, "subtitle": 15, "meta": 9.5}[b.style],
            seed=seed,
            split_words=SPLIT,
            leading={"title": 30, "subtitle": 20, "meta": 12.5}[b.style],
            color=o["hcolor"] if b.style in ("title", "subtitle") else colors.black,
            space_after=6,
        )
        for b in doc.blocks[:4]
    ]
    story = first + [rl.Spacer(1, 10)] + r.flowables(doc.blocks[4:])
    return r.build(out / f"{doc.stem}.pdf", story=story, first_plain=False)

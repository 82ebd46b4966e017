"""Region Jönköpings län, Folkhälso- och sjukvårdsnämnden, delårsrapport per augusti 2025
(reportlab: an old export that places every glyph by itself, letter-spaced headings and captions)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

FARG = {"expected_achieved": "Grön", "partly": "Gul", "expected_not_achieved": "Röd"}
F = NumFmt()
P1 = NumFmt(dec=1)


def build() -> Doc:
    d = Doc(
        stem="region-jonkopings-lan-folkhalso-och-sjukvardsnamnden-delarsrapport-2025-08",
        municipality="Region Jönköpings län",
        committee="Folkhälso- och sjukvårdsnämnden",
        report_type="interim",
        year=2025,
        end="2025-08-31",
        title="Delårsrapport per augusti 2025",
        engine="reportlab",
        what="a region's nämnd: Folkhälso- och sjukvårdsnämnden, delårsrapport per augusti 2025, from an "
        "old reporting export",
        hard="every glyph is its own text object (body, table cells); headings letter-spaced glyph by glyph "
        'and captions such as "Belopp i tkr" letter-spaced with the PDF\'s character spacing (a reader '
        'that splits at gaps gets "B e l o p p i t k r", "- 6 174 304"); the status of each goal is a '
        "colour word (Grön/Gul/Röd) in a table column, explained in a legend; seven-digit amounts",
    )
    d.p("Region Jönköpings län", "subtitle")
    d.p("Delårsrapport per augusti 2025", "title")
    d.p("Folkhälso- och sjukvårdsnämnden", "subtitle")
    d.p("Diarienummer RJL 2025/1844", "meta")
    d.h(1, "SAMMANFATTNING")
    d.p(
        "Folkhälso- och sjukvårdsnämnden redovisar för perioden januari–augusti 2025 ett underskott om "
        "174 304 tkr. Prognosen för helåret är ett underskott om 251 000 tkr, vilket motsvarar 2,7 procent av "
        "nämndens budget. Det är främst kostnaderna för inhyrd personal, läkemedel och köpt vård som ligger "
        "över budget. Tillgängligheten i specialiserad vård har förbättrats, medan väntetiderna på "
        "akutmottagningarna fortfarande är för långa."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås vid årets slut, två delvis uppnås och ett inte uppnås."
    )
    d.h(1, "MÅLUPPFYLLELSE")
    d.p(
        "Tabellen visar nämndens bedömning per mål. Bedömningen anges med färg enligt förklaringen under "
        "tabellen."
    )
    goals = [
        ("Invånarna ska ha god tillgång till hälso- och sjukvård", "partly"),
        ("Vården ska vara jämlik och bygga på bästa tillgängliga kunskap", "expected_achieved"),
        ("Fler invånare ska ha en fast vårdkontakt i primärvården", "expected_achieved"),
        ("Väntetiden på akutmottagningarna ska minska", "expected_not_achieved"),
        ("Beroendet av inhyrd personal ska minska", "partly"),
    ]
    for t, s in goals:
        d.goal(t, s)
    d.add(
        Custom(
            "goals",
            {"rows": [(t, FARG[s]) for t, s in goals]},
            words="Mål\tStatus\n" + "\n".join(f"{t}\t{FARG[s]}" for t, s in goals),
        )
    )
    d.p(
        "Grön = målet bedöms uppnås vid årets slut. Gul = målet bedöms delvis uppnås. Röd = målet bedöms "
        "inte uppnås.",
        "small",
    )
    d.h(2, "Kommentarer")
    d.p(
        "Andelen patienter som fått ett första besök inom 90 dagar i specialiserad vård har ökat till 78,4 "
        "procent, men når inte målvärdet 85 procent. Produktionsplaneringen har förbättrats inom ortopedi och "
        "ögonsjukvård. Väntetiden på akutmottagningarna har ökat, främst under sommaren då vårdplatser "
        "stängdes på grund av brist på sjuksköterskor."
    )
    d.p(
        "Andelen invånare som listat sig hos en namngiven fast läkarkontakt fortsätter att öka. "
        "Kostnaderna för inhyrd personal har minskat med 12 procent jämfört med samma period 2024, men "
        "minskningen är mindre än planerat inom psykiatrin."
    )
    d.h(1, "NYCKELTAL")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=P1,
            label_width=3.4,
            cols=[
                Col(("Aug", "2024"), year="2024"),
                Col(("Aug", "2025"), year="2025"),
                Col(("Målvärde",)),
            ],
            rows=[
                Row(
                    "Första besök i specialiserad vård inom 90 dagar, %", [74.9, 78.4, Raw("85,0")]
                ),
                Row("Behandling i specialiserad vård inom 90 dagar, %", [69.2, 71.0, Raw("80,0")]),
                Row("Andel listade med fast läkarkontakt, %", [38.5, 44.7, Raw("45,0")]),
                Row("Vistelsetid på akutmottagning, median minuter", [236, 251, Raw("210")], fmt=F),
                Row("Kostnad för inhyrd personal, mnkr", [141.2, 124.3, Raw("100,0")]),
                Row("Sjukfrånvaro, %", [6.1, 5.8, Raw("5,5")]),
            ],
            caption="Belopp och andelar per augusti",
        )
    )
    d.h(1, "EKONOMI")
    d.p(
        "Verksamhetens nettokostnad för perioden är 6 174 304 tkr. Den ökade med 5,1 procent jämfört med samma "
        "period 2024. Intäkterna från regionbidraget ökade med 4,3 procent."
    )
    inc = [
        ("Verksamhetens intäkter", 1_102_466, 1_061_920, 1_640_000, 1_655_000),
        ("Personalkostnader", -3_918_705, -3_747_350, -5_812_000, -5_958_000),
        ("Köpt vård", -702_913, -655_408, -1_010_000, -1_061_000),
        ("Läkemedel", -1_148_360, -1_079_902, -1_690_000, -1_742_000),
        ("Övriga kostnader", -1_506_792, -1_454_006, -2_378_000, -2_395_000),
    ]
    rows = [Row(n, [u, u4, b, p, p - b]) for n, u, u4, b, p in inc]
    s = [sum(x[i] for x in inc) for i in (1, 2, 3, 4)]
    rows.append(Row("Verksamhetens nettokostnad", [*s, s[3] - s[2]], total=True))
    rb = (6_000_000, 5_750_000, 9_250_000, 9_250_000)
    rows.append(Row("Regionbidrag", [*rb, 0]))
    res = [a + b for a, b in zip(s, rb, strict=True)]
    rows.append(Row("Resultat", [*res, res[3] - res[2]], total=True))
    assert s[0] == -6_174_304 and res[0] == -174_304 and res[3] == -251_000, (s, res)
    d.table(
        Table(
            label_head=("",),
            kind="is",
            fmt=F,
            label_width=2.2,
            rows=rows,
            cols=[
                Col(("Utfall", "jan–aug 2025")),
                Col(("Utfall", "jan–aug 2024")),
                Col(("Budget", "helår 2025")),
                Col(("Prognos", "helår 2025")),
                Col(("Avvikelse", "mot budget")),
            ],
            caption="Resultaträkning – Belopp i tkr",
        )
    )
    units = [
        ("Primärvård", -1_371_520, -2_061_000, -2_073_000),
        ("Specialiserad somatisk vård", -2_980_412, -4_351_000, -4_512_000),
        ("Psykiatri", -612_870, -900_000, -948_000),
        ("Läkemedel inom förmånen", -1_026_440, -1_520_000, -1_561_000),
        ("Folkhälsa och sjukvårdsstöd", -183_062, -418_000, -407_000),
    ]
    ur = [Row(n, [u, b, p, p - b]) for n, u, b, p in units]
    us = [sum(x[i] for x in units) for i in (1, 2, 3)]
    assert us == [s[0], s[2], s[3]], (us, s)
    ur.append(Row("Summa", [*us, us[2] - us[1]], total=True))
    d.table(
        Table(
            label_head=("Verksamhetsområde",),
            kind="unit",
            fmt=F,
            label_width=2.6,
            rows=ur,
            cols=[
                Col(("Utfall", "jan–aug 2025")),
                Col(("Budget", "helår 2025")),
                Col(("Prognos", "helår 2025")),
                Col(("Avvikelse", "mot budget")),
            ],
            caption="Nettokostnad per verksamhetsområde. Belopp i tkr",
        )
    )
    d.p(
        "Specialiserad somatisk vård svarar för det största underskottet, 161 000 tkr, till följd av inhyrd "
        "personal och köpt vård. Folkhälsa och sjukvårdsstöd prognostiserar ett överskott om 11 000 tkr."
    )
    d.h(1, "ÅTGÄRDER")
    d.p(
        "Nämnden har beslutat om en handlingsplan för minskat beroende av inhyrd personal och för en "
        "effektivare produktionsplanering. Planen följs upp vid varje sammanträde under hösten. Förvaltningen "
        "återkommer med en fördjupad analys av läkemedelskostnaderna i oktober."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": colors.HexColor("#003A70"),
        "table_size": 8.5,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#E5E5E5"),
        "header": "Region Jönköpings län\tDelårsrapport per augusti 2025\tSida {page} av {pages}",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    seed = doc.stem

    def para(p):
        size = 8.5 if p.style == "small" else 9.5
        return rl.KPara(
            p.body,
            "LiberationSans",
            size,
            leading=size * 1.38,
            mode="glyphs",
            gap=0.0,
            space_after=6,
        )

    def heading(h):
        size = {1: 13, 2: 11}.get(h.level, 10)
        return rl.KPara(
            h.full,
            "LiberationSans-Bold",
            size,
            leading=size * 1.8,
            mode="glyphs",
            gap=2.2 if h.level == 1 else 1.2,
            color=o["hcolor"],
            space_after=2,
        )

    def cell(s, right, bold):
        return rl.KPara(
            s,
            "LiberationSans-Bold" if bold else "LiberationSans",
            8.5,
            leading=10.5,
            mode="tc" if bold else "glyphs",
            gap=0.6 if bold else 0.0,
            align="right" if right else "left",
            space_after=0,
        )

    r.paragraph_factory = para
    r.heading_factory = heading
    r.cell_factory = cell
    r.styles["caption"].fontSize = 9
    # captions letter-spaced with Tc
    orig_table = r.table

    def table(t, width=None):
        cap, t.caption = t.caption, None
        flow = orig_table(t, width)
        t.caption = cap
        if cap:
            flow.insert(
                0, rl.KPara(cap, "LiberationSans-Bold", 9.5, mode="tc", gap=2.5, space_after=4)
            )
        return flow

    r.table = table  # type: ignore[method-assign]

    def goals(b):
        W = r.frame_width()
        data = [[cell("Mål", False, True), cell("Status", False, True)]]
        for t, c in b.data["rows"]:
            data.append([cell(t, False, False), cell(c, False, False)])
        return [
            rl.RLTable(
                data,
                colWidths=[W * 0.8, W * 0.2],
                style=rl.TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                        ("BACKGROUND", (0, 0), (-1, 0), o["table_head_bg"]),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                ),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 6),
        ]

    r.custom["goals"] = goals
    story = (
        [rl.Spacer(1, 160)]
        + r.flowables(doc.blocks[:4])
        + [rl.PageBreak()]
        + r.flowables(doc.blocks[4:])
    )
    _ = seed
    return r.build(out / f"{doc.stem}.pdf", story=story)

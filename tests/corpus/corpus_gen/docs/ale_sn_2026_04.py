"""Ale, Socialnämnden, ekonomisk uppföljning per 2026-04-30 (reportlab, Liberation Sans): a bare
budget follow-up whose metadata is hard to find. The municipality is named only by a logo drawn
as vector shapes (no text), by the domain of an e-mail address in the footer
("ekonomi.sn@ale.se") and, without its name, as "i kommunen" in a sentence; the committee only
as "SN" (running header, diarienummer) and in lower case inside a sentence ("socialnämndens
prognos"); the period only as "per 2026-04-30" and "jan–apr", beside a decision date in May and
the budget for 2027. No goals; a drift table and a volumes table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

DEC1 = NumFmt(dec=1)
BLUE = colors.HexColor("#0B4F8A")
LIGHT = colors.HexColor("#6FA8DC")
YELLOW = colors.HexColor("#F2B705")

# verksamhet: (budget 2026, utfall jan–apr, prognos 2026), tkr net cost
DRIFT = [
    ("Nämnd och sektorsledning", 14_600, 4_610, 14_300),
    ("Barn och unga", 78_400, 29_870, 84_900),
    ("Vuxna och beroende", 36_200, 12_540, 37_400),
    ("Ekonomiskt bistånd", 42_800, 15_120, 45_300),
    ("Funktionsstöd", 198_500, 65_210, 197_600),
    ("Hemtjänst", 142_300, 48_960, 145_100),
    ("Särskilt boende", 231_700, 76_880, 230_900),
    ("Hälso- och sjukvård", 58_900, 19_350, 58_400),
]

VOLUMES = [
    ("Hushåll med ekonomiskt bistånd, genomsnitt per månad", 498, 536, None),
    ("Vårddygn HVB och familjehem, barn och unga", 4_870, 5_640, None),
    ("Utförda hemtjänsttimmar", 61_450, 64_820, None),
    ("Belagda platser i särskilt boende, genomsnitt", 238, 241, None),
    ("Beviljade timmar personlig assistans enligt LSS", 22_310, 21_960, None),
    ("Sjukfrånvaro bland medarbetarna, procent", 9.4, 8.7, DEC1),
]

KEY_COMMENT = (
    "An economic follow-up with no goal section: the key has no goals. The municipality is "
    "printed nowhere as a word: a careful reader takes it from the e-mail address in the footer "
    "(ekonomi.sn@ale.se, the domain of Ale kommun) and the logo, and the text's 'i kommunen' "
    "confirms it is a municipality's report -> 'Ale'. The committee is 'SN' in the running "
    "header and the diarienummer and 'socialnämndens prognos' in a sentence (the report is about "
    "individ- och familjeomsorg, funktionsstöd and äldreomsorg) -> 'Socialnämnden'. The period "
    "is 'per 2026-04-30' / 'jan–apr' -> interim, 2026-04-30; the decision date 2026-05-20 and "
    "the budget for 2027 are not the period."
)


@dataclass
class AleDoc(Doc):
    """A Doc whose key carries a comment on how its metadata was read."""

    def key(self) -> dict[str, Any]:
        return {"comment": KEY_COMMENT, **super().key()}


def drift_table() -> tuple[Table, list[int]]:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    t = Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget 2026",)),
            Col(("Utfall jan–apr",)),
            Col(("Prognos 2026",)),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        caption="Driftredovisning per verksamhet, nettokostnad, tkr",
        note="Avvikelse = budget minus prognos. Negativt belopp = underskott.",
        label_width=2.6,
    )
    return t, tot


def build() -> Doc:
    d = AleDoc(
        stem="ale-socialnamnden-ekonomisk-uppfoljning-2026-04",
        municipality="Ale",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-04-30",
        title="Ekonomisk uppföljning per 2026-04-30",
        engine="reportlab",
        what="Socialnämnden, a bare ekonomisk uppföljning per 2026-04-30 (reportlab, Liberation "
        "Sans), no title page, no goals",
        hard="the metadata is nowhere a word of its own: the municipality is only a logo drawn "
        "as vector shapes (no text), the domain of an e-mail address in the running footer "
        '("Frågor om rapporten: ekonomi.sn@ale.se") and, without its name, "i kommunen" once in '
        'a sentence; the committee only abbreviated, "SN" in the running header ("SN · '
        'Ekonomisk uppföljning april 2026") and in the diarienummer ("Dnr SN 2026/87"), and '
        'written out only in lower case inside a sentence ("… socialnämndens prognos …"), the '
        'text otherwise saying "nämnden" and "sektorn"; the period only as "per 2026-04-30" in '
        'the title and "jan–apr" in the tables, while the masthead carries a decision date '
        '("Beslutsdatum: 2026-05-20") and the text a section on the budget for 2027 with a '
        "frame for 2027; no goals (the key's comment says so); a drift table Budget 2026 | "
        "Utfall jan–apr | Prognos 2026 | Avvikelse (tkr, budget minus prognosis) with a Summa "
        "row; a volumes table Jan–apr 2025 | Jan–apr 2026",
    )
    t, tot = drift_table()
    dev = tot[0] - tot[2]
    assert (tot[0], tot[1], tot[2], dev) == (803_400, 272_540, 813_900, -10_500), (tot, dev)
    d.options["pdf_author"] = ""
    d.add(
        Custom(
            "masthead",
            {},
            words="Dnr SN 2026/87\nBeslutsdatum: 2026-05-20\nEkonomisk uppföljning per 2026-04-30",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Efter årets fyra första månader prognostiserar sektorn ett underskott om 10 500 tkr för "
        "helåret, vilket motsvarar 1,3 procent av budgeten. Jämfört med föregående uppföljning har "
        "socialnämndens prognos försämrats med 1 700 tkr, främst till följd av fler placeringar av "
        "barn och unga och ökade kostnader för ekonomiskt bistånd."
    )
    d.p(
        "Utfallet för jan–apr är 272 540 tkr, vilket är 33,9 procent av årsbudgeten. Vid en "
        "jämn förbrukningstakt hade andelen varit 33,3 procent. Funktionsstöd, särskilt boende "
        "och hälso- och sjukvård visar mindre överskott som delvis uppväger underskotten."
    )
    d.h(1, "Driftredovisning")
    d.table(t)
    d.h(1, "Kommentarer till prognosen")
    d.p(
        "Barn och unga: Prognosen visar ett underskott om 6 500 tkr. Antalet vårddygn på HVB och "
        "i familjehem har ökat med 16 procent jämfört med samma period föregående år, och tre "
        "placeringar enligt LVU har en dygnskostnad över 8 000 kronor. Öppenvårdsteamet har "
        "förstärkts för att fler barn ska kunna få stöd på hemmaplan."
    )
    d.p(
        "Vuxna och beroende samt ekonomiskt bistånd: Kostnaderna för skyddat boende och "
        "placeringar av vuxna beräknas överskrida budgeten med 1 200 tkr. Antalet hushåll med "
        "ekonomiskt bistånd ökar i takt med att arbetslösheten i kommunen stiger, och prognosen "
        "för biståndet är ett underskott om 2 500 tkr."
    )
    d.p(
        "Funktionsstöd: Det nya LSS-boendet i Nödinge öppnar först i september i stället för i "
        "juni, vilket ger ett tillfälligt överskott om 900 tkr. Timmarna i personlig assistans "
        "enligt LSS har minskat något."
    )
    d.p(
        "Äldreomsorg: Hemtjänsten har utfört fler timmar än budgeterat och prognosen är ett "
        "underskott om 2 800 tkr. Särskilt boende och hälso- och sjukvård har lägre kostnader för "
        "bemanningssjuksköterskor än föregående år och visar tillsammans ett överskott om "
        "1 300 tkr."
    )
    d.h(1, "Volymer")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–apr 2025",), year="2025"),
                Col(("Jan–apr 2026",), year="2026"),
            ],
            rows=[Row(n, [a, b], fmt=f) for n, a, b, f in VOLUMES],
            kind="kpi",
            caption="Volymer och nyckeltal, ackumulerat jan–apr",
            label_width=3.6,
        )
    )
    d.h(1, "Åtgärder för en budget i balans")
    d.bullets(
        "Alla nya placeringar av barn och unga prövas i sektorns placeringsgrupp, och "
        "hemmaplanslösningar ska alltid övervägas först.",
        "Vakanta tjänster inom administration och ledning tillsätts inte under resten av året.",
        "Samarbetet med arbetsmarknadsenheten utökas så att fler med ekonomiskt bistånd kommer "
        "i arbete eller studier.",
        "Hemtjänstens planering ses över för att minska tiden för resor mellan brukarna.",
    )
    d.p(
        "Åtgärderna beräknas minska underskottet med omkring 3 000 tkr under året. Effekten är "
        "inte inräknad i prognosen ovan."
    )
    d.h(1, "Inför budget 2027")
    d.p(
        "Arbetet med budget 2027 och verksamhetsplan 2028–2029 har påbörjats. "
        "Kommunstyrelsens preliminära ram för 2027 är 826 400 tkr, en ökning med 2,9 procent. "
        "Sektorn bedömer att ramen inte täcker den ökade efterfrågan inom barn och unga och "
        "hemtjänst, och lämnar ett underlag med förslag till prioriteringar i juni."
    )
    d.h(1, "Förslag till beslut")
    d.p(
        "Nämnden godkänner den ekonomiska uppföljningen per 2026-04-30 och uppdrar åt "
        "sektorchefen att redovisa effekten av åtgärderna vid nästa uppföljning."
    )
    return d


class Logo(rl.Flowable):
    """A municipal logo as vector shapes, with no text in it: a blue shield, a river of three
    light waves and a yellow sun."""

    W, H = 44, 52

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.W, self.H

    def draw(self) -> None:
        c = self.canv
        w, h = self.W, self.H
        c.setFillColor(BLUE)
        p = c.beginPath()
        p.moveTo(0, h)
        p.lineTo(w, h)
        p.lineTo(w, h * 0.42)
        p.curveTo(w, h * 0.15, w * 0.72, h * 0.04, w / 2, 0)
        p.curveTo(w * 0.28, h * 0.04, 0, h * 0.15, 0, h * 0.42)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(YELLOW)
        c.circle(w * 0.68, h * 0.76, 6.5, fill=1, stroke=0)
        c.setStrokeColor(LIGHT)
        c.setLineWidth(2.6)
        for k, y in enumerate((h * 0.52, h * 0.38, h * 0.24)):
            inset = 5 + k * 4
            q = c.beginPath()
            x0, x1 = inset, w - inset
            q.moveTo(x0, y)
            step = (x1 - x0) / 4
            for i in range(4):
                dy = 3 if i % 2 == 0 else -3
                q.curveTo(
                    x0 + step * i + step / 3,
                    y + dy,
                    x0 + step * i + 2 * step / 3,
                    y + dy,
                    x0 + step * (i + 1),
                    y,
                )
            c.drawPath(q, fill=0, stroke=1)


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 12.5, 2: 11, 3: 10},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E4EDF6"),
        "header": "SN · Ekonomisk uppföljning april 2026",
        "footer": "Frågor om rapporten: ekonomi.sn@ale.se\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=19, leading=24)
        meta = rl.ParagraphStyle("meta_r", parent=r.styles["cellr"], fontSize=8.5, leading=11)
        tbl = rl.RLTable(
            [
                [
                    Logo(),
                    Paragraph(
                        escape("Dnr SN 2026/87") + "<br/>" + escape("Beslutsdatum: 2026-05-20"),
                        meta,
                    ),
                ]
            ],
            colWidths=[W * 0.5, W * 0.5],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        return [
            tbl,
            rl.Spacer(1, 14),
            Paragraph(escape("Ekonomisk uppföljning per 2026-04-30"), big),
            rl.Spacer(1, 2),
        ]

    r.custom.update(masthead=masthead)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

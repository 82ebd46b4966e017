"""Norrköping, Vård- och omsorgsnämnden, månadsuppföljning maj 2025 (HTML → Writer, mnkr)."""

from __future__ import annotations

from pathlib import Path

from .. import htmlsrc
from ..model import Col, Doc, NumFmt, Row, Table

NNBSP = "\u202f"


def build() -> Doc:
    d = Doc(
        stem="norrkoping-vard-och-omsorgsnamnden-manadsuppfoljning-2025-05",
        municipality="Norrköping",
        committee="Vård- och omsorgsnämnden",
        report_type="interim",
        year=2025,
        end="2025-05-31",
        title="Månadsuppföljning maj 2025",
        engine="html",
        what="Vård- och omsorgsnämnden, månadsuppföljning maj 2025; HTML from a web report tool, "
        "converted by Writer",
        hard="amounts in mnkr with one decimal, thousands by narrow no-break space U+202F, minus printed "
        'as an en dash ("–3,4"); no page headers or numbers; a grouped header ("Helår" over Budget/'
        "Prognos/Avvikelse); volumes table comparing May of two years",
    )
    d.options["html"] = {"font": "Liberation Sans", "hcolor": "#004B87", "head_bg": "#DCE9F5"}
    d.options["pdf_title"] = "VON Månadsuppföljning"
    d.p("Norrköpings kommun", "meta")
    d.p("Månadsuppföljning maj 2025", "title")
    d.p("Vård- och omsorgsnämnden", "subtitle")
    d.p("Ärendenummer: VON 2025/0211 · Handläggare: Sara Holm, controller", "meta")
    d.h(2, "Ekonomisk sammanfattning")
    d.p(
        "Vård- och omsorgsnämnden prognostiserar ett underskott om 17,8 miljoner kronor för 2025. Det är en "
        "försämring med 4,2 miljoner kronor sedan uppföljningen per april. Den största avvikelsen finns inom "
        "hemtjänsten där antalet beviljade timmar fortsätter att öka, och inom särskilt boende där kostnaderna "
        "för bemanning nattetid är högre än budgeterat. Hälso- och sjukvården och myndighetsutövningen bedöms "
        "lämna mindre överskott."
    )
    f = NumFmt(dec=1, thou=NNBSP, minus="–")
    rows = [
        ("Nämnd och förvaltningsgemensamt", 62.4, 24.1, 60.9),
        ("Myndighetsutövning", 48.7, 19.8, 47.5),
        ("Hemtjänst", 612.3, 268.4, 628.1),
        ("Särskilt boende", 905.8, 381.2, 912.4),
        ("Hälso- och sjukvård", 214.6, 86.0, 212.2),
        ("Dagverksamhet och anhörigstöd", 31.2, 12.6, 31.4),
        ("Bostadsanpassning", 27.0, 9.7, 27.3),
    ]
    trs = [Row(n, [b, u, p, round(b - p, 1)]) for n, b, u, p in rows]
    tb, tu, tp = (round(sum(r[i] for r in rows), 1) for i in (1, 2, 3))
    trs.append(Row("Summa", [tb, tu, tp, round(tb - tp, 1)], total=True))
    assert round(tb - tp, 1) == -17.8, tb - tp
    d.table(
        Table(
            label_head=("Verksamhet", "(mnkr)"),
            kind="unit",
            fmt=f,
            label_width=2.6,
            cols=[
                Col(("Budget",), group="Helår"),
                Col(("Prognos",), group="Helår"),
                Col(("Avvikelse",), group="Helår"),
                Col(("Utfall", "jan–maj"), group="Perioden"),
            ],
            rows=[
                Row(r.label, [r.cells[0], r.cells[2], r.cells[3], r.cells[1]], total=r.total)
                for r in trs
            ],
            caption="Driftredovisning per verksamhet",
            note="Avvikelse mot budget: positivt tal är överskott, negativt tal (–) är underskott.",
        )
    )
    d.h(2, "Kommentarer till prognosen")
    d.h(3, "Hemtjänst")
    d.p(
        "Hemtjänsten prognostiserar ett underskott om 15,8 miljoner kronor. Antalet beviljade timmar har ökat med "
        "7 procent jämfört med maj 2024 och uppgår nu till drygt 61 000 timmar per månad. Ökningen beror främst på "
        "fler brukare med omfattande behov efter utskrivning från slutenvården. Planeringen av insatser har "
        "förbättrats, men effektiviteten är fortfarande lägre än budgeterat."
    )
    d.h(3, "Särskilt boende")
    d.p(
        "Särskilt boende visar ett underskott om 6,6 miljoner kronor. Kostnaden för bemanning nattetid och för "
        "extravak vid ett fåtal boenden är högre än budgeterat. Beläggningen är 97 procent. Förvaltningen ser över "
        "nattbemanningen tillsammans med verksamhetscheferna under juni."
    )
    d.h(3, "Övriga verksamheter")
    d.p(
        "Myndighetsutövning och nämnd och förvaltningsgemensamt har vakanser som ger ett sammanlagt överskott om "
        "2,7 miljoner kronor. Hälso- och sjukvården har lägre kostnader för hjälpmedel än budgeterat. "
        "Bostadsanpassningen har fler stora ärenden än normalt."
    )
    d.h(2, "Volymer och nyckeltal")
    k = NumFmt(thou=NNBSP)
    d.table(
        Table(
            label_head=("Volym",),
            kind="kpi",
            fmt=k,
            label_width=3.4,
            cols=[
                Col(("Maj 2024",), year="2024"),
                Col(("Maj 2025",), year="2025"),
                Col(("Förändring",)),
            ],
            rows=[
                Row("Antal brukare med hemtjänst", [2_914, 3_087, 173]),
                Row("Beviljade hemtjänsttimmar per månad", [57_120, 61_204, 4_084]),
                Row("Antal platser i särskilt boende", [1_228, 1_244, 16]),
                Row("Antal personer som väntar på särskilt boende", [61, 88, 27]),
                Row("Genomsnittlig väntetid till särskilt boende, dagar", [52, 67, 15]),
                Row("Sjukfrånvaro, procent", [9.4, 8.8, -0.6], fmt=NumFmt(dec=1, minus="–")),
            ],
            caption="Volymutveckling",
        )
    )
    d.h(2, "Åtgärder för ekonomi i balans")
    d.bullets(
        "Översyn av nattbemanningen inom särskilt boende, klar i september.",
        "Förstärkt planering och uppföljning av utförd tid i hemtjänsten.",
        "Samverkan med regionen om utskrivningsprocessen för att minska oplanerade insatser.",
        "Anställningsstopp för administrativa tjänster under resten av året.",
    )
    d.p(
        "Förvaltningen föreslår att vård- och omsorgsnämnden godkänner månadsuppföljningen för maj 2025 och "
        "uppdrar åt förvaltningen att redovisa effekterna av åtgärderna i delårsrapporten per augusti."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    return htmlsrc.build(doc, out / "sources", out)

"""Region Dalarna, Kultur- och bildningsnämnden, tertialrapport 2 2026 (januari–augusti; Writer):
a goal table Nr | Mål | Prognos helår | Kommentar whose forecast is a word in a cell shaded in a
pale status colour, the goal number ("1.") in a narrow column of its own; real Writer footnotes
(superscript citations in the text, in a table cell and on a KPI name, the notes at the page
bottom); a page header with the region's logo text and the report date; a drift table with a
deviation for the period and one for the year."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape as x

from .. import fodt
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

SUP = "¹²³⁴⁵"

# status -> (word, pale shade)
SHADES = {
    "expected_achieved": ("Uppnås", "#E2F0D9"),
    "partly": ("Uppnås delvis", "#FFF2CC"),
    "expected_not_achieved": ("Uppnås inte", "#F8D7DA"),
    "unassessed": ("Ej bedömd", "#EDEDED"),
}

# footnotes in the order their marks are printed
NOTES = [
    "Kulturrådets statistik över kulturprogram för barn och unga, preliminära uppgifter för "
    "januari–augusti.",
    "Folkhögskolornas deltagarstatistik avser deltagare som påbörjat en kurs under perioden.",
    "Den nya bidragsmodellen beslutades av nämnden 2026-06-11, § 52.",
    "Korta kurser är kurser om högst 15 dagar, inklusive distanskurser.",
]

# goal, status, comment (may hold a footnote mark)
GOALS = [
    (
        "Fler barn och unga i hela länet ska ta del av professionell kultur",
        "expected_achieved",
        "1 302 kulturprogram för barn och unga har genomförts, fler än samma period i fjol.¹",
    ),
    (
        "Kulturutbudet ska vara tillgängligt i alla länets kommuner",
        "partly",
        "Turnéverksamheten når 13 av 15 kommuner; Orsa och Smedjebacken saknar ännu program.",
    ),
    (
        "Fler deltagare på folkhögskolornas allmänna kurs ska fullfölja sina studier",
        "expected_achieved",
        "Andelen som fullföljt ökade till 83 procent, över målvärdet 80 procent.",
    ),
    (
        "Folkhögskolornas utbildningar ska möta länets behov av kompetens",
        "partly",
        "Yrkesutbildningen inom vård startade i augusti, men färre deltagare har påbörjat långa "
        "kurser.²",
    ),
    (
        "Det civila samhällets och de fria kulturskaparnas villkor ska stärkas",
        "unassessed",
        "Den nya bidragsmodellen gäller från 2027 och kan inte följas upp i år.³",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "expected_achieved",
        "Sjukfrånvaron har minskat till 5,1 procent.",
    ),
    (
        "Nämnden ska ha en ekonomi i balans",
        "expected_not_achieved",
        "Prognosen är ett underskott om 1 100 tkr, främst inom folkhögskolorna.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="region-dalarna-kultur-och-bildningsnamnden-tertialrapport-2-2026",
        municipality="Region Dalarna",
        committee="Kultur- och bildningsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Tertialrapport 2 2026",
        engine="fodt",
        what="a region's nämnd: Kultur- och bildningsnämnden, tertialrapport 2 2026 (januari–"
        "augusti); Writer, Liberation Sans, no title page",
        hard="a goal table Nr | Mål | Prognos helår | Kommentar in which the goal number "
        '("1.", "2." …) stands in a narrow column of its own and the forecast is a word in a cell '
        'shaded in a pale status colour ("Uppnås" pale green, "Uppnås delvis" pale yellow, '
        '"Uppnås inte" pale red, "Ej bedömd" pale grey), the table running from page 1 onto '
        "page 2 with its header row repeated; real Writer footnotes: superscript "
        "citations in body text, in a goal's comment cell and on a KPI name "
        '("Antal deltagare i korta kurser⁴"), the notes printed in a footnote area at the page '
        'bottom; the region only as the logo text "REGION DALARNA" in the running page header '
        '(beside the report date "2026-09-14") and once in the genitive in a sentence ("Region '
        'Dalarnas"); the period only as "Tertialrapport 2" and "januari–augusti"; KPI columns '
        "Jan–aug 2024 | Jan–aug 2025 | Jan–aug 2026 | Förändring 2025–2026 (a change column named "
        'with two years, "+3,0 %", "+2 p.e."); a drift table Periodens budget | Periodens utfall | '
        "Avvikelse | Årsbudget | Årsprognos | Avvikelse år (tkr, two deviation columns, budget "
        "minus outcome and budget minus forecast) with a Summa row",
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#6E2C6B",
        "h_sizes": {1: 14, 2: 12, 3: 10.5},
        "first_page_plain": False,
        "header": "REGION DALARNA\t\tTertialrapport 2 2026 · 2026-09-14",
        "footer": "Kultur- och bildningsnämnden\t\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "table_rules": "grid",
        "table_head_bg": "#EFE4EE",
        "table_size": 8.5,
        "margins": (1.6, 1.6, 2.2, 2.2),
    }
    d.options["pdf_title"] = "Tertialrapport 2 2026 Kultur- och bildningsnämnden"
    d.p("Tertialrapport 2 2026", "title")
    d.p("Kultur- och bildningsnämnden", "subtitle")
    d.p("Uppföljning januari–augusti 2026 · Dnr KBN 2026/0418", "meta")
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Kultur- och bildningsnämnden ansvarar för Region Dalarnas regionala kulturverksamhet, "
        "bidrag till kulturinstitutioner och civilsamhälle samt regionens folkhögskolor. "
        "Tertialrapporten beskriver perioden januari–augusti och nämndens prognos för helåret."
    )
    d.p(
        "Av nämndens sju mål bedöms tre uppnås, två uppnås delvis och ett inte uppnås; ett mål "
        "har inte bedömts. Prognosen för helåret är ett underskott om 1 100 tkr."
    )
    d.h(1, "Viktiga händelser", "2")
    d.h(2, "Kultur", "2.1")
    d.p(
        "Under våren har turnéverksamheten för scenkonst utökats till fler skolor, och antalet "
        "besök på de regionala kulturinstitutionerna fortsätter att öka. Dalateaterns "
        "sommarproduktion sågs av drygt 9 000 besökare."
    )
    d.h(2, "Folkhögskolor", "2.2")
    d.p(
        "En ny yrkesutbildning inom vård och omsorg startade i augusti. Antalet deltagare på "
        "långa kurser har minskat, främst på allmän kurs på distans."
    )
    d.h(2, "Medarbetare", "2.3")
    d.p(
        "Nämndens förvaltning har 214 tillsvidareanställda, varav 131 på folkhögskolorna. "
        "Rekryteringen av lärare till den nya vårdutbildningen är klar. Sjukfrånvaron har "
        "fortsatt att minska, särskilt den korta sjukfrånvaron."
    )
    d.p(
        "Under våren genomfördes en medarbetarenkät. Svarsfrekvensen var 84 procent och "
        "resultatet för hållbart medarbetarengagemang är i nivå med regionen som helhet."
    )
    d.h(1, "Mål och resultat", "3")
    d.h(2, "Måluppfyllelse", "3.1")
    d.p(
        "Tabellen visar nämndens prognos för hur väl varje mål uppnås vid årets slut: Uppnås, "
        "Uppnås delvis eller Uppnås inte. Ett mål som inte kan följas upp under året markeras "
        "Ej bedömd."
    )
    lines = ["Tabell 1. Nämndens mål 2026", "Nr\tMål\tPrognos helår\tKommentar"]
    for i, (g, s, comment) in enumerate(GOALS, 1):
        d.goal(g, s)
        lines.append(f"{i}.\t{g}\t{SHADES[s][0]}\t{comment}")
    d.add(Custom("goaltable", {"goals": GOALS}, words="\n".join(lines)))
    # the footnote areas (drawn by Writer at the page bottom): note 1 ends page 1 (inside the
    # goal table, which runs onto page 2), notes 2–4 end page 2 (inside the list of measures)
    d.add(Custom("fn", words=f"1 {NOTES[0]}"))
    d.h(2, "Nyckeltal", "3.2")

    def change(a: float, b: float, pct_row: bool) -> Raw:
        if pct_row:
            v = round(b - a, 1)
            s = f"{v:+.1f}" if v % 1 else f"{v:+.0f}"
            return Raw(s.replace(".", ",").replace("-", "−") + " p.e.")
        v = round((b / a - 1) * 100, 1)
        return Raw(f"{v:+.1f}".replace(".", ",").replace("-", "−") + " %")

    kpis = [
        ("Antal besök på de regionala kulturinstitutionerna", [412_300, 428_900, 441_700], N, 0),
        ("Antal kulturprogram för barn och unga", [1_184, 1_226, 1_302], N, 0),
        ("Antal deltagare på långa kurser", [742, 768, 731], N, 0),
        ("Andel deltagare som fullföljt allmän kurs", [78, 81, 83], PCT, 1),
        ("Antal deltagare i korta kurser⁴", [2_410, 2_655, 2_580], N, 0),
        ("Sjukfrånvaro, medarbetare", [5.8, 5.4, 5.1], PCT1, 1),
    ]
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug", "2024"), year="2024"),
                Col(("Jan–aug", "2025"), year="2025"),
                Col(("Jan–aug", "2026"), year="2026"),
                Col(("Förändring", "2025–2026"), width=1.15),
            ],
            rows=[Row(n, [*v, change(v[1], v[2], bool(p))], fmt=f) for n, v, f, p in kpis],
            kind="kpi",
            caption="Tabell 2. Nyckeltal januari–augusti",
            note="Förändring: för antal i procent, för andelar i procentenheter (p.e.).",
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi", "4")
    d.h(2, "Driftredovisning", "4.1")
    units = [
        # name, årsbudget, periodens utfall, årsprognos
        ("Nämnd och kansli", 9_600, 6_050, 9_300),
        ("Regional kulturverksamhet", 148_200, 97_650, 147_600),
        ("Folkhögskolor", 62_400, 43_380, 64_900),
        ("Bildning och kompetensförsörjning", 21_900, 13_910, 21_400),
    ]
    rows = []
    tot = [0] * 6
    for n, ab, pu, ap in units:
        assert ab * 8 % 12 == 0, n
        pb = ab * 8 // 12
        cells = [pb, pu, pb - pu, ab, ap, ab - ap]
        tot = [t + c for t, c in zip(tot, cells, strict=True)]
        rows.append(Row(n, cells))
    rows.append(Row("Summa nämnden", tot, total=True))
    assert tot[5] == -1_100, tot
    assert tot[2] == 410, tot
    d.p(
        "Periodens resultat är 410 tkr bättre än den periodiserade budgeten, men prognosen "
        "för helåret är ett underskott om 1 100 tkr. Folkhögskolorna har lägre intäkter från "
        "Folkbildningsrådet än beräknat."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Periodens", "budget")),
                Col(("Periodens", "utfall")),
                Col(("Avvikelse",)),
                Col(("Årsbudget",)),
                Col(("Årsprognos",), width=1.1),
                Col(("Avvikelse", "år")),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning januari–augusti (nettokostnad)",
            note="Avvikelse = periodens budget minus periodens utfall; Avvikelse år = årsbudget "
            "minus årsprognos. Ett minus är ett underskott.",
            fmt=N,
            label_width=3.2,
        )
    )
    d.p(
        "Regional kulturverksamhet visar ett överskott, främst genom vakanta tjänster och lägre "
        "kostnader för lokaler. Bildning och kompetensförsörjning har fått ett statligt bidrag "
        "för validering som inte var budgeterat."
    )
    d.h(2, "Åtgärder", "4.2")
    d.p(
        "Nämnden har gett förvaltningen i uppdrag att minska underskottet inom folkhögskolorna. "
        "Följande åtgärder har beslutats:"
    )
    d.bullets(
        "kursutbudet inför vårterminen 2027 ses över och kurser med få sökande samordnas",
        "vakanta tjänster tillsätts först efter prövning i ledningsgruppen",
        "inköp av inventarier och konsulttjänster hålls tillbaka under hösten",
    )
    d.add(Custom("fn", words="\n".join(f"{i} {n}" for i, n in enumerate(NOTES[1:], 2))))
    d.p(
        "Åtgärderna bedöms minska underskottet med omkring 400 tkr under 2026. Effekten ingår "
        "inte i prognosen."
    )
    d.h(1, "Intern kontroll", "5")
    d.p(
        "Nämndens internkontrollplan för 2026 omfattar sex kontrollmoment. Fyra har genomförts "
        "under perioden utan väsentliga avvikelser. Kontrollen av attestordningen vid "
        "folkhögskolorna visade brister i dokumentationen, som har åtgärdats. De två återstående "
        "kontrollerna, om representation och om avtalstrohet vid inköp, genomförs under hösten "
        "och redovisas i årsredovisningen."
    )
    return d


class Writer(fodt.FodtWriter):
    """Replaces each superscript mark in the text with a real Writer footnote."""

    def block(self, b):  # type: ignore[no-untyped-def]
        return self.notes(super().block(b))

    def notes(self, s: str) -> str:
        for i, mark in enumerate(SUP[: len(NOTES)]):
            if mark in s:
                note = (
                    f'<text:note text:id="ftn{i}" text:note-class="footnote">'
                    f"<text:note-citation>{i + 1}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Fn"><text:s/>{x(NOTES[i])}</text:p>'
                    "</text:note-body></text:note>"
                )
                s = s.replace(mark, note, 1)
        return s

    def master(self) -> str:
        o = self.o
        left, _c, right = o["header"].split("\t")
        head = (
            f'<style:header><text:p text:style-name="Header"><text:span text:style-name="Logo">'
            f"{x(left)}</text:span><text:tab/><text:tab/>{x(right)}</text:p></style:header>"
        )
        foot = fodt._hf(o["footer"], o["hf_size"], None, False)
        return (
            '<office:master-styles><style:master-page style:name="Standard" '
            f'style:page-layout-name="pm1">{head}{foot}</style:master-page></office:master-styles>'
        )

    def page_layouts(self) -> str:
        s = super().page_layouts()
        sep = (
            '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" '
            'style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" '
            'style:rel-width="25%" style:color="#000000"/>'
        )
        return s.replace(
            'fo:margin-right="2.2cm"/>',
            f'fo:margin-right="2.2cm">{sep}</style:page-layout-properties>',
            1,
        )


def render(doc: Doc, out: Path) -> Path:
    w = Writer(doc)
    styles = [
        '<style:style style:name="Logo" style:family="text"><style:text-properties '
        'fo:font-size="12pt" fo:font-weight="bold" fo:letter-spacing="0.05cm" '
        'fo:color="#6E2C6B"/></style:style>',
        '<style:style style:name="Fn" style:family="paragraph"><style:paragraph-properties '
        'fo:margin="0cm"/><style:text-properties fo:font-size="7.5pt"/></style:style>',
        '<style:style style:name="GT" style:family="table"><style:table-properties '
        'style:width="16.6cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>',
        '<style:style style:name="GT.N" style:family="table-column">'
        '<style:table-column-properties style:column-width="0.8cm"/></style:style>',
        '<style:style style:name="GT.A" style:family="table-column">'
        '<style:table-column-properties style:column-width="6.2cm"/></style:style>',
        '<style:style style:name="GT.S" style:family="table-column">'
        '<style:table-column-properties style:column-width="2.4cm"/></style:style>',
        '<style:style style:name="GT.B" style:family="table-column">'
        '<style:table-column-properties style:column-width="7.2cm"/></style:style>',
        '<style:style style:name="GT.h" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#EFE4EE"/></style:style>',
        '<style:style style:name="GT.c" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" style:vertical-align="top"/></style:style>',
    ]
    for s, (_w, col) in SHADES.items():
        styles.append(
            f'<style:style style:name="GT.{s}" style:family="table-cell"><style:table-cell-properties '
            f'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" style:vertical-align="top" '
            f'fo:background-color="{col}"/></style:style>'
        )

    def ensure() -> None:
        if styles[0] not in w.auto:
            w.auto.extend(styles)

    def cell(style: str, text: str, p: str = "TL") -> str:
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'<text:p text:style-name="{p}">{x(text)}</text:p></table:table-cell>'
        )

    def goaltable(b: Custom) -> str:
        ensure()
        head = (
            cell("GT.h", "Nr", "TLB")
            + cell("GT.h", "Mål", "TLB")
            + cell("GT.h", "Prognos helår", "TLB")
            + cell("GT.h", "Kommentar", "TLB")
        )
        rows = []
        for i, (g, s, comment) in enumerate(b.data["goals"], 1):
            rows.append(
                "<table:table-row>"
                + cell("GT.c", f"{i}.")
                + cell("GT.c", g)
                + cell(f"GT.{s}", SHADES[s][0])
                + cell("GT.c", comment)
                + "</table:table-row>"
            )
        return (
            '<text:p text:style-name="Caption">Tabell 1. Nämndens mål 2026</text:p>'
            '<table:table table:name="Mal" table:style-name="GT">'
            '<table:table-column table:style-name="GT.N"/><table:table-column table:style-name="GT.A"/>'
            '<table:table-column table:style-name="GT.S"/><table:table-column table:style-name="GT.B"/>'
            f"<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>"
            f"{''.join(rows)}</table:table>"
        )

    return fodt.build(
        doc, out / "sources", out, custom={"goaltable": goaltable, "fn": lambda b: ""}, writer=w
    )

"""Östersund, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, two-column pages)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Doc, NumFmt, PageBreak, Row, Table

STATUS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}
TEAL = colors.HexColor("#006E7F")


def build() -> Doc:
    d = Doc(
        stem="ostersund-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Östersund",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 in a magazine layout",
        hard="prose set in two columns (reading order: left column, then right), narrow tables inside a column "
        "with wrapped row labels, headings distinguished only by size and weight (no numbers), a pull "
        'quote, goals as bold lines followed by "Måluppfyllelse: Delvis uppfyllt"',
    )
    d.p("Verksamhetsberättelse 2025", "title")
    d.p("Kultur- och fritidsnämnden", "subtitle")
    d.p("Östersunds kommun", "subtitle")
    d.add(PageBreak())
    d.h(1, "Ett år av möten")
    d.p(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, fritidsgårdar, "
        "idrotts- och friluftsanläggningar samt stöd till föreningslivet i Östersunds kommun. Nämnden har "
        "under 2025 haft 214 tillsvidareanställda och en nettobudget om 246 miljoner kronor."
    )
    d.p(
        "Året präglades av skidskyttevärldscupen i mars och av invigningen av det nya kulturhuset i "
        "Lugnvik. Besöken i nämndens anläggningar ökade med nio procent jämfört med 2024, och "
        "föreningslivet rapporterar fler aktiva medlemmar än på många år. Samtidigt har stigande "
        "kostnader för energi och underhåll gjort att nämnden har fått prioritera hårt."
    )
    d.p(
        "Det är i mötet mellan människor som kulturen och idrotten gör skillnad. Därför har vi under året "
        "arbetat för att fler ska hitta till våra verksamheter, inte minst barn och unga som i dag inte deltar "
        "i någon organiserad fritidsaktivitet.",
        "quote",
    )
    d.h(2, "Bibliotek och kultur")
    d.p(
        "Stadsbiblioteket har haft utökade öppettider under kvällar och helger sedan februari. Antalet "
        "besök ökade till drygt 312 000, och utlåningen av e-böcker fortsatte att öka. Biblioteken på "
        "landsbygden har fått meröppet med självbetjäning i Brunflo och Lit."
    )
    d.p(
        "Kulturhuset i Lugnvik invigdes i september och har redan blivit en samlingsplats för stadsdelen. "
        "Där finns bibliotek, fritidsgård och lokaler för kulturskolan under samma tak. Under hösten "
        "genomfördes 146 arrangemang i huset."
    )
    d.p(
        "Kulturskolan har 1 480 elever och kön har minskat med hälften sedan 2023. Nya kurser i dans och "
        "digitalt skapande har lockat fler elever från kommunens ytterområden."
    )
    d.h(2, "Idrott och friluftsliv")
    d.p(
        "Skidskyttevärldscupen i mars samlade 38 000 åskådare under fyra tävlingsdagar. Nämnden svarade "
        "för spårdragning och anläggningsdrift tillsammans med arrangören. Satsningen på Gustavsbergsbacken "
        "och motionsspåren i Fröson har gett fler besökare under hela året."
    )
    d.p(
        "Simhallen i Storsjöbadet stängdes för renovering i juni. Föreningarna har erbjudits tider i "
        "Frösö simhall, men omkring en tredjedel av simskoleplatserna har inte kunnat erbjudas under hösten."
    )
    d.h(2, "Fritidsgårdar och föreningsliv")
    d.p(
        "Fritidsgårdarna har haft 52 300 besök, en ökning med elva procent. Andelen flickor bland besökarna "
        "har ökat efter att flera gårdar infört tjejkvällar. Föreningsbidragen uppgick till 18,4 miljoner "
        "kronor. Nämnden har infört ett nytt aktivitetsstöd som gynnar föreningar med verksamhet för barn med "
        "funktionsnedsättning."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fyra mål för mandatperioden. Bedömningen görs utifrån nyckeltal och förvaltningens "
        "analys av verksamhetens resultat under året."
    )
    goals = [
        (
            "Fler barn och unga ska delta i kultur- och fritidsaktiviteter",
            "achieved",
            "Antalet deltagartillfällen för barn och unga har ökat och kulturskolans kö har minskat kraftigt.",
        ),
        (
            "Nämndens anläggningar ska vara tillgängliga för alla",
            "partly",
            "Tillgängligheten har förbättrats i de nya lokalerna, men stängningen av Storsjöbadet har minskat "
            "möjligheten till simundervisning.",
        ),
        (
            "Fler invånare ska använda biblioteken",
            "achieved",
            "Besöken och utlåningen har ökat och meröppet har införts på två orter.",
        ),
        (
            "Energianvändningen i nämndens lokaler ska minska med fem procent",
            "not_achieved",
            "Energianvändningen ökade med två procent, främst på grund av längre öppettider och en kall vinter.",
        ),
    ]
    for title, status, text in goals:
        d.goal(title, status)
        d.p(title, "status")
        d.p(f"Måluppfyllelse: {STATUS[status]}. {text}")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=NumFmt(),
            label_width=2.3,
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
            ],
            rows=[
                Row("Besök på biblioteken", [281_400, 296_050, 312_380]),
                Row("Elever i kulturskolan", [1_296, 1_402, 1_480]),
                Row("Kö till kulturskolan", [410, 318, 203]),
                Row("Besök på fritidsgårdarna", [44_120, 47_110, 52_300]),
                Row("Deltagartillfällen i föreningar, 7–20 år", [331_900, 347_200, 362_480]),
                Row("Energianvändning, MWh", [11_840, 11_620, 11_850]),
            ],
            caption="Nyckeltal",
        )
    )
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden redovisar ett överskott om 1 255 tkr. Överskottet beror främst på att renoveringen av "
        "Storsjöbadet har gett lägre driftkostnader under hösten. Kulturhuset i Lugnvik har haft högre "
        "kostnader än budgeterat under uppstarten."
    )
    units = [
        ("Kultur och bibliotek", -78_300, -79_402),
        ("Kulturskola", -21_700, -21_396),
        ("Idrott och friluftsliv", -96_400, -93_511),
        ("Fritidsgårdar", -18_900, -19_684),
        ("Föreningsstöd", -18_400, -18_412),
        ("Nämnd och administration", -12_300, -12_340),
    ]
    ur = [Row(n, [b, u, u - b]) for n, b, u in units]
    tb, tu = sum(u[1] for u in units), sum(u[2] for u in units)
    assert tu - tb == 1_255, tu - tb
    ur.append(Row("Summa", [tb, tu, tu - tb], total=True))
    d.table(
        Table(
            label_head=("Tkr",),
            kind="unit",
            fmt=NumFmt(),
            label_width=2.1,
            cols=[Col(("Budget",)), Col(("Utfall",)), Col(("Avvikelse",))],
            rows=ur,
            caption="Driftredovisning 2025",
        )
    )
    d.p(
        "Investeringarna uppgick till 41,2 miljoner kronor, varav 33,6 miljoner kronor avsåg inredning och "
        "utrustning i kulturhuset i Lugnvik och renoveringen av Storsjöbadet."
    )
    d.h(1, "Framåt")
    d.p(
        "Under 2026 öppnar Storsjöbadet igen efter renoveringen. Nämnden kommer att arbeta vidare med "
        "att nå barn och unga som inte deltar i någon fritidsaktivitet och med att minska energianvändningen. "
        "Ekonomin är ansträngd och nämnden behöver prioritera mellan verksamheter inför 2027."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "size": 9.8,
        "leading": 13.2,
        "justify": True,
        "hcolor": TEAL,
        "h_sizes": {1: 17, 2: 12, 3: 10},
        "columns": 2,
        "col_gap": 0.75 * rl.cm,
        "table_font": "LiberationSans",
        "table_size": 7.6,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#D5EBEE"),
        "footer": "Östersunds kommun  ·  Kultur- och fritidsnämnden  ·  Verksamhetsberättelse 2025\t{page}",
        "hf_size": 7.5,
        "hf_color": TEAL,
        "margins": (2.0 * rl.cm, 2.0 * rl.cm, 1.9 * rl.cm, 1.9 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    r.styles["status"].fontName = "LiberationSerif-Bold"
    r.styles["status"].alignment = 0
    r.styles["status"].spaceAfter = 1
    r.styles["title"].fontSize, r.styles["title"].leading = 34, 40
    story = [rl.Spacer(1, 250)] + r.flowables(doc.blocks)
    return r.build(out / f"{doc.stem}.pdf", story=story)

"""Haparanda, Barn- och utbildningsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Sans):
a bilingual report from a municipality in the förvaltningsområde för finska och meänkieli. The
Swedish text is the report; Finnish stands beside it everywhere:

- the title block, running header and footer in both languages ("Haparanda stad · Haaparannan
  kaupunki", "Sida 2 av 4 · Sivu 2/4");
- after the Swedish "Sammanfattning" a whole page "Yhteenveto" in Finnish with Finnish sub-headings
  ("Tavoitteet", "Talous", "Henkilöstö", "Tulevaisuus"), Finnish sentences with the report's
  numbers, and a list of the five goals in Finnish, each with its assessment in Finnish after a dash
  ("… – osittain saavutettu");
- under each Swedish section heading and each Swedish goal heading its Finnish translation in
  italics, and each goal's assessment once in Swedish ("Bedömning: Delvis uppfyllt") and once in
  Finnish ("Arvio: Osittain saavutettu");
- every KPI name a Swedish name with its Finnish translation in parentheses in the same cell,
  "Andel behöriga lärare (Pätevien opettajien osuus), %".

The key holds the Swedish goal titles only, each goal once, and the KPI names as printed in the
cell (the Finnish in parentheses included). A precision test for a second language: nothing in
Finnish is a goal of its own, and the Finnish summary's numbers are not KPIs."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)

MUNI_SV, MUNI_FI = "Haparanda stad", "Haaparannan kaupunki"
COMM_SV, COMM_FI = "Barn- och utbildningsnämnden", "Lapsi- ja koulutuslautakunta"
TITLE_SV, TITLE_FI = "Verksamhetsberättelse 2025", "Toimintakertomus 2025"

BLUE = colors.HexColor("#0B4F8A")
FI_INK = colors.HexColor("#3D5A73")
HEAD_BG = colors.HexColor("#E4EDF5")

SV = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}
FI = {"achieved": "Saavutettu", "partly": "Osittain saavutettu", "not_achieved": "Ei saavutettu"}

KCOLS = [
    Col(("2023",), year="2023"),
    Col(("2024",), year="2024"),
    Col(("2025",), year="2025"),
    Col(("Mål 2025", "Tavoite"), width=1.15),
]
KHEAD = ("Indikator (Indikaattori)",)

# (Swedish title, Finnish title, status, analysis, [(KPI name, 2023, 2024, 2025, target, fmt)])
GOALS = [
    (
        "Barn och unga ska känna sig trygga i skolan",
        "Lasten ja nuorten tulee tuntea olonsa turvalliseksi koulussa",
        "partly",
        "Elevenkäten i mars visar att tryggheten har ökat i båda årskurserna jämfört med 2024, "
        "men ingen av dem når målvärdet. Rastaktiviteter och fler vuxna i korridorerna har gett "
        "effekt på Centralskolan, medan fler elever än tidigare uppger att de känner sig otrygga "
        "på skolbussen. Arbetet fortsätter enligt den nya planen mot kränkande behandling.",
        [
            (
                "Andel elever i åk 5 som känner sig trygga i skolan (Turvalliseksi olonsa "
                "tuntevien 5. luokan oppilaiden osuus), %",
                86,
                84,
                88,
                "≥ 90",
                N,
            ),
            (
                "Andel elever i åk 8 som känner sig trygga i skolan (Turvalliseksi olonsa "
                "tuntevien 8. luokan oppilaiden osuus), %",
                78,
                80,
                83,
                "≥ 85",
                N,
            ),
        ],
    ),
    (
        "Fler elever ska bli behöriga till gymnasieskolan",
        "Yhä useamman oppilaan tulee saada jatko-opintokelpoisuus toiselle asteelle",
        "not_achieved",
        "Andelen elever i årskurs 9 som är behöriga till yrkesprogram har minskat två år i rad och "
        "det genomsnittliga meritvärdet sjönk till 209,7. Eleverna i de mindre byskolorna har haft "
        "svårt att nå godkänt i matematik och engelska. Lovskolan i juni gav fem elever behörighet "
        "i efterhand; de ingår inte i utfallet.",
        [
            (
                "Andel elever i åk 9 behöriga till yrkesprogram (Ammatilliseen koulutukseen "
                "kelpoisten 9. luokan oppilaiden osuus), %",
                84.6,
                82.1,
                78.4,
                "≥ 88,0",
                DEC1,
            ),
            (
                "Genomsnittligt meritvärde i åk 9 (Keskimääräinen meriittiarvo 9. luokalla)",
                221.4,
                216.0,
                209.7,
                "≥ 225,0",
                DEC1,
            ),
        ],
    ),
    (
        "Alla barn ska få utveckla både svenska och finska",
        "Kaikkien lasten tulee saada kehittää sekä ruotsin että suomen kieltä",
        "achieved",
        "Andelen barn i förskolan som deltar i finskspråkig verksamhet ökade till 39 procent och "
        "når målvärdet, sedan förskolan Solstrålen öppnade med två finskspråkiga avdelningar. "
        "Antalet elever med modersmålsundervisning i finska fortsätter att öka. Från höstterminen "
        "erbjuds även undervisning i meänkieli på två skolor.",
        [
            (
                "Andel barn i förskolan med finskspråkig verksamhet (Suomenkieliseen toimintaan "
                "osallistuvien lasten osuus esikoulussa), %",
                31,
                35,
                39,
                "≥ 38",
                N,
            ),
            (
                "Antal elever med modersmålsundervisning i finska (Suomen kielen "
                "äidinkielenopetukseen osallistuvat oppilaat)",
                204,
                219,
                236,
                "ökning",
                N,
            ),
        ],
    ),
    (
        "Andelen behöriga lärare ska öka",
        "Pätevien opettajien osuuden tulee kasvaa",
        "partly",
        "Andelen behöriga lärare ökade till 72,1 procent men når inte målvärdet 75 procent. Det är "
        "fortsatt svårt att rekrytera lärare som kan undervisa på både svenska och finska. Fyra "
        "lärare studerar på förvaltningens uppdrag till legitimation. Sjukfrånvaron minskade för "
        "andra året i rad men ligger något över målvärdet.",
        [
            (
                "Andel behöriga lärare (Pätevien opettajien osuus), %",
                66.8,
                69.5,
                72.1,
                "≥ 75,0",
                DEC1,
            ),
            (
                "Sjukfrånvaro bland medarbetarna (Henkilöstön sairauspoissaolot), %",
                7.4,
                6.9,
                6.2,
                "≤ 6,0",
                DEC1,
            ),
        ],
    ),
    (
        "Verksamheten ska bedrivas inom tilldelad budgetram",
        "Toiminnan tulee pysyä myönnetyssä talousarviokehyksessä",
        "not_achieved",
        "Nämnden redovisar ett underskott om 3 830 tkr. Kostnaden per elev i grundskolan har ökat "
        "mer än i jämförbara kommuner, främst på grund av små undervisningsgrupper i byskolorna och "
        "högre kostnader för skolskjuts efter den nya upphandlingen.",
        [
            (
                "Nettokostnad per elev i grundskolan (Nettokustannus perusopetuksen oppilasta "
                "kohden), kr",
                131_600,
                136_200,
                142_900,
                "–",
                N,
            ),
        ],
    ),
]

# verksamhet: utfall 2024, budget 2025, utfall 2025 (net cost, tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 11_520, 12_400, 11_870),
    ("Förskola och pedagogisk omsorg", 56_210, 58_300, 59_940),
    ("Grundskola och fritidshem", 109_470, 112_600, 115_380),
    ("Anpassad grundskola och gymnasieskola", 9_350, 9_800, 10_260),
    ("Gymnasieskola", 37_640, 38_900, 38_120),
    ("Vuxenutbildning och sfi", 11_080, 11_700, 11_350),
    ("Elevhälsa", 13_760, 14_200, 14_610),
    ("Modersmål och studiehandledning", 3_980, 4_100, 4_300),
]

# resultaträkning: utfall 2024, budget 2025, utfall 2025 (tkr)
INCOME = (46_820, 41_500, 47_960)
COSTS = (-299_830, -303_500, -313_790)
KOMMUNBIDRAG = (251_900, 262_000, 262_000)


def goal_words(sv: str, fi: str, status: str) -> str:
    return f"{sv}\n{fi}\nBedömning: {SV[status]}\nArvio: {FI[status]}"


def kpi_table(inds: list) -> Table:
    rows = [Row(name, [a, b, c, Raw(t)], fmt=f) for name, a, b, c, t, f in inds]
    return Table(label_head=KHEAD, cols=KCOLS, rows=rows, kind="kpi", label_width=4.6)


def build() -> Doc:
    d = Doc(
        stem="haparanda-barn-och-utbildningsnamnden-verksamhetsberattelse-2025",
        municipality="Haparanda",
        committee=COMM_SV,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE_SV,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, verksamhetsberättelse 2025, a bilingual report "
        "(Swedish and Finnish) from a municipality in the förvaltningsområde för finska och "
        "meänkieli (reportlab, Liberation Sans)",
        hard="Finnish beside the Swedish everywhere: title block, running header "
        '("Haparanda stad · Haaparannan kaupunki") and footer ("Sida 2 av 4 · Sivu 2/4") in both '
        'languages; after the Swedish "Sammanfattning" a whole page "Yhteenveto" in Finnish with '
        'Finnish sub-headings "Tavoitteet", "Talous", "Henkilöstö", "Tulevaisuus", Finnish '
        "sentences with the report's numbers and a list of the five goals in Finnish, each with "
        'its assessment after a dash ("… – osittain saavutettu"); under each Swedish section and '
        'goal heading its Finnish translation in italics ("Barn och unga ska känna sig trygga i '
        'skolan" / "Lasten ja nuorten tulee tuntea olonsa turvalliseksi koulussa"), each '
        'assessment given twice, "Bedömning: Delvis uppfyllt" and "Arvio: Osittain saavutettu"; '
        "KPI names Swedish with the Finnish translation in parentheses in the same cell "
        '("Andel behöriga lärare (Pätevien opettajien osuus), %") over 2023 | 2024 | 2025 | '
        '"Mål 2025 / Tavoite"; a resultaträkning and a drift table with Swedish labels (tkr). The '
        "key holds the Swedish goal titles only, each goal once, and the KPI names as printed",
    )
    n: dict[str, int] = {}
    for *_x, s, _a, _k in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"partly": 2, "not_achieved": 2, "achieved": 1}, n
    tot = [sum(r[j] for r in DRIFT) for j in (1, 2, 3)]
    net = [i + c for i, c in zip(INCOME, COSTS, strict=True)]
    assert [-x for x in net] == tot, (net, tot)
    res = [k + x for k, x in zip(KOMMUNBIDRAG, net, strict=True)]
    assert res == [-1_110, 0, -3_830], res
    dev = tot[1] - tot[2]
    assert dev == -3_830

    d.add(
        Custom(
            "titleblock",
            {},
            words=f"{MUNI_SV}\n{MUNI_FI}\n{TITLE_SV}\n{TITLE_FI}\n{COMM_SV}\n{COMM_FI}",
        )
    )
    d.p("Fastställd av barn- och utbildningsnämnden 2026-02-18, § 9", "meta")
    d.h(1, "Sammanfattning")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, anpassad "
        "skola, gymnasieskola och vuxenutbildning i Haparanda. Som en del av förvaltningsområdet "
        "för finska och meänkieli erbjuder nämnden förskoleverksamhet helt eller delvis på finska "
        "och modersmålsundervisning i finska och meänkieli."
    )
    d.p(
        "Av nämndens fem mål har ett uppfyllts, två har uppfyllts delvis och två har inte "
        "uppfyllts. Tryggheten i skolan har ökat i både årskurs 5 och årskurs 8 men når inte "
        "målvärdena. Behörigheten till gymnasieskolans yrkesprogram sjönk till 78,4 procent. "
        "Andelen barn i finskspråkig förskoleverksamhet ökade till 39 procent."
    )
    d.p(
        "Nämnden redovisar ett underskott om 3,8 mnkr mot budget, främst inom förskolan och "
        "grundskolan där personalkostnaderna och kostnaderna för skolskjuts har ökat. "
        "Gymnasieskolan, vuxenutbildningen och förvaltningsledningen visar överskott."
    )
    d.h(2, "Viktiga händelser under året")
    d.bullets(
        "Förskolan Solstrålen med två finskspråkiga avdelningar öppnade i augusti.",
        "Samarbetet med Torneå stad kring den gemensamma Språkskolan har fortsatt; 46 elever från "
        "båda sidor av gränsen gick i skolan under läsåret.",
        "En ny plan mot kränkande behandling har tagits fram tillsammans med elevråden.",
        "Den nya upphandlingen av skolskjuts gav högre kostnader från höstterminen.",
    )
    d.h(2, "Verksamhet och organisation")
    d.p(
        "Förvaltningen har omkring 480 medarbetare. I kommunen finns nio förskolor, sex "
        "grundskolor varav tre byskolor, gymnasieskolan Tornedalsskolan och Lärcentrum för "
        "vuxenutbildning. Nämnden har haft tio sammanträden under året. Barn och elever har "
        "rätt att använda finska i kontakter med förskolan och skolan, och information till "
        "vårdnadshavare ges på båda språken."
    )
    d.page_break()

    # ------------------------------------------------ the Finnish summary page
    d.h(1, "Yhteenveto")
    d.p("Sammanfattning på finska", "fi")
    d.p(
        "Haaparannan kaupunki kuuluu suomen kielen ja meänkielen hallintoalueeseen. Tässä on "
        "suomenkielinen tiivistelmä lapsi- ja koulutuslautakunnan toimintakertomuksesta vuodelta "
        "2025."
    )
    d.h(2, "Tavoitteet")
    d.p(
        "Lautakunnalla oli vuonna 2025 viisi tavoitetta. Yksi tavoite saavutettiin, kaksi "
        "saavutettiin osittain ja kaksi jäi saavuttamatta."
    )
    d.bullets(*(f"{fi} – {FI[s].lower()}" for _sv, fi, s, _a, _k in GOALS))
    d.p(
        "Turvallisuuden tunne parani sekä 5. että 8. luokalla, mutta tavoitearvoja ei vielä "
        "saavutettu. Ammatilliseen koulutukseen kelpoisten 9. luokan oppilaiden osuus laski 78,4 "
        "prosenttiin. Suomenkieliseen toimintaan osallistuvien lasten osuus esikoulussa nousi 39 "
        "prosenttiin, kun Solstrålen-esikoulu avasi kaksi suomenkielistä ryhmää."
    )
    d.h(2, "Talous")
    d.p(
        "Lautakunnan nettokustannukset olivat 265,8 miljoonaa kruunua, ja tulos oli 3,8 miljoonaa "
        "kruunua alijäämäinen. Alijäämä johtuu pääasiassa esikoulun ja perusopetuksen kasvaneista "
        "henkilöstökuluista sekä koulukuljetuksista. Lukio, aikuiskoulutus sekä lautakunta ja "
        "hallinto alittivat talousarvionsa."
    )
    d.h(2, "Henkilöstö")
    d.p(
        "Pätevien opettajien osuus nousi 72,1 prosenttiin, mikä on edelleen alle 75 prosentin "
        "tavoitteen. Henkilöstön sairauspoissaolot laskivat 6,2 prosenttiin. Kaksikielisten "
        "opettajien ja esikoulunopettajien rekrytointi on edelleen haastavaa."
    )
    d.h(2, "Tulevaisuus")
    d.p(
        "Vuonna 2026 lautakunta jatkaa työtä koulujen turvallisuuden ja oppilaiden tulosten "
        "parantamiseksi. Suomenkielistä esikoulutoimintaa laajennetaan, ja yhteistyötä Tornion "
        "kaupungin kanssa kehitetään edelleen yhteisessä Kielikoulussa."
    )
    d.page_break()

    # ------------------------------------------------ goals
    d.h(1, "Måluppfyllelse")
    d.p("Tavoitteiden toteutuminen", "fi")
    d.p(
        "Nämnden har fem mål för 2025. Varje mål bedöms som uppfyllt, delvis uppfyllt eller ej "
        "uppfyllt utifrån indikatorerna och verksamhetens analys."
    )
    for sv, fi, status, analysis, inds in GOALS:
        d.goal(sv, status)
        t = kpi_table(inds)
        d.add(
            Custom(
                "goal",
                {"sv": sv, "fi": fi, "status": status, "analysis": analysis, "table": t},
                words=f"{goal_words(sv, fi, status)}\n\n{analysis}\n\n{t.text()}",
            )
        )

    # ------------------------------------------------ finance
    d.h(1, "Ekonomi")
    d.p("Talous", "fi")
    d.p(
        "Nämnden redovisar ett resultat om −3 830 tkr mot budget. Intäkterna blev högre än "
        "budgeterat tack vare statsbidrag för lärarlöner och för det finska förvaltningsområdet, "
        "men kostnaderna för personal och skolskjuts ökade mer."
    )
    inc_rows = [
        Row("Intäkter", list(INCOME)),
        Row("Kostnader", list(COSTS)),
        Row("Nettokostnad", net, total=True),
        Row("Kommunbidrag", list(KOMMUNBIDRAG)),
        Row("Resultat", res, total=True),
    ]
    d.table(
        Table(
            label_head=("",),
            cols=[Col(("Utfall 2024",)), Col(("Budget 2025",)), Col(("Utfall 2025",))],
            rows=inc_rows,
            kind="is",
            caption="Resultaträkning, tkr",
            label_width=2.2,
        )
    )
    rows = [Row(name, [u24, b, u25, b - u25]) for name, u24, b, u25 in DRIFT]
    rows.append(Row("Summa nämnden", [*tot, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Utfall 2024",)),
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet, nettokostnad tkr",
            note="Avvikelse = budget minus utfall; negativt belopp är ett underskott.",
            label_width=3.0,
        )
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    font = "LiberationSans"
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.0 * rl.cm)
    o = {
        "font": font,
        "size": 9.5,
        "leading": 12.8,
        "hcolor": BLUE,
        "h_sizes": {1: 14.5, 2: 11.5, 3: 10.5},
        "table_size": 8.3,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": margins,
        "para_space": 4,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins
    r.styles["fi"] = rl.ParagraphStyle(
        "fi",
        parent=r.styles["body"],
        fontName=f"{font}-Italic",
        textColor=FI_INK,
        spaceBefore=-2,
        spaceAfter=6,
    )
    r.styles["meta"].textColor = colors.HexColor("#555555")

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.35 * rl.cm
        c.setFillColor(BLUE)
        c.setFont(f"{font}-Bold", 8)
        c.drawString(lft, y, MUNI_SV)
        x = lft + rl.sw(MUNI_SV, f"{font}-Bold", 8)
        c.setFont(f"{font}-Italic", 8)
        c.setFillColor(FI_INK)
        c.drawString(x, y, f" · {MUNI_FI}")
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.drawRightString(A4[0] - rgt, y, f"{TITLE_SV} · {TITLE_FI}")
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.0 * rl.cm
        c.setStrokeColor(colors.HexColor("#A0A0A0"))
        c.setLineWidth(0.4)
        c.line(lft, fy + 10, A4[0] - rgt, fy + 10)
        c.setFillColor(colors.HexColor("#404040"))
        c.setFont(font, 7.5)
        c.drawString(lft, fy, f"{COMM_SV} · {COMM_FI}")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages} · Sivu {page}/{pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def titleblock(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["body"],
            fontName=f"{font}-Bold",
            fontSize=12,
            leading=14,
            textColor=BLUE,
            spaceAfter=0,
        )
        logo_fi = rl.ParagraphStyle(
            "logofi", parent=logo, fontName=f"{font}-Italic", fontSize=10.5, textColor=FI_INK
        )
        big = rl.ParagraphStyle(
            "big", parent=r.styles["title"], fontSize=24, leading=28, textColor=BLUE, spaceAfter=0
        )
        big_fi = rl.ParagraphStyle(
            "bigfi",
            parent=big,
            fontName=f"{font}-Italic",
            fontSize=16,
            leading=21,
            textColor=FI_INK,
            spaceAfter=8,
        )
        sub = rl.ParagraphStyle(
            "sub",
            parent=r.styles["subtitle"],
            fontSize=13.5,
            leading=17,
            spaceAfter=0,
            textColor=colors.black,
        )
        sub_fi = rl.ParagraphStyle(
            "subfi",
            parent=sub,
            fontName=f"{font}-Italic",
            fontSize=11,
            leading=14,
            textColor=FI_INK,
            spaceAfter=10,
        )
        return [
            rl.Spacer(1, 4),
            Paragraph(MUNI_SV, logo),
            Paragraph(MUNI_FI, logo_fi),
            rl.Spacer(1, 26),
            Paragraph(TITLE_SV, big),
            Paragraph(TITLE_FI, big_fi),
            Paragraph(COMM_SV, sub),
            Paragraph(COMM_FI, sub_fi),
        ]

    gst = rl.ParagraphStyle(
        "g",
        parent=r.styles["body"],
        fontName=f"{font}-Bold",
        fontSize=11,
        leading=13.5,
        textColor=colors.black,
        spaceBefore=8,
        spaceAfter=0,
        keepWithNext=1,
    )
    gfi = rl.ParagraphStyle(
        "gfi", parent=r.styles["fi"], fontSize=9.8, leading=12.5, spaceBefore=0, spaceAfter=3
    )
    ast = rl.ParagraphStyle("as", parent=r.styles["body"], spaceAfter=0)
    afi = rl.ParagraphStyle("afi", parent=r.styles["fi"], spaceBefore=0, spaceAfter=4)

    def goal(b: Custom) -> list:
        s = b.data["status"]
        head = [
            Paragraph(escape(b.data["sv"]), gst),
            Paragraph(escape(b.data["fi"]), gfi),
            Paragraph(f"<b>Bedömning:</b> {escape(SV[s])}", ast),
            Paragraph(f"Arvio: {escape(FI[s])}", afi),
            r.para(b.data["analysis"]),
        ]
        tbl = r.table(b.data["table"], W)
        return [KeepTogether(head + tbl[:1]), *tbl[1:]]

    r.custom.update(titleblock=titleblock, goal=goal)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

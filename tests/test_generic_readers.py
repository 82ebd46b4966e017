"""The shared readers on phrasings and layouts of reports they were not built on.

Each case is a line or a small table as reports print it; none names a template.
"""

from __future__ import annotations

import pytest

from desktop.ingest.model import Table
from desktop.ingest.readers.kpis import layout_kpis
from desktop.ingest.readers.metadata import (
    _period_in,
    _regions,
    association_in,
    committee_in,
    municipality_in,
    rejoined,
)
from desktop.ingest.readers.outline import numbered_headings, toc_headings
from desktop.ingest.readers.paragraphs import mend_hyphens
from desktop.ingest.readers.status import normalise_status, sentence_status
from desktop.ingest.readers.text_tables import find_text_tables


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Målet bedöms som uppfyllt.", "achieved"),
        ("Målet bedöms därför inte i sin helhet vara uppnått.", "partly"),
        ("Målet är uppnått till viss del.", "partly"),
        ("Målet är i huvudsak uppnått.", "partly"),
        ("Bedömningen är att målet delvis kommer att nås.", "partly"),
        ("Förbundet bedömer att målet inte har uppnåtts.", "not_achieved"),
        ("Målet kommer inte att uppfyllas under 2026.", "expected_not_achieved"),
        ("Bedömningen är att målet kommer att nås under året.", "expected_achieved"),
        ("Alla indikatorer är uppnådda.", None),  # says nothing of the goal
    ],
)
def test_a_sentence_about_the_goal_gives_its_status(sentence: str, status: str | None) -> None:
    assert sentence_status(sentence) == status


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Uppfylls helt", "expected_achieved"),
        ("Uppfylls inte helt", "partly"),
        ("Helt uppnådd", "achieved"),
        ("Bedöms ej uppnås", "expected_not_achieved"),
    ],
)
def test_status_labels(label: str, status: str) -> None:
    assert normalise_status(label) == status


@pytest.mark.parametrize(
    ("line", "period"),
    [
        ("Delårsbokslut 2026-08-31", (2026, 8, 31)),
        ("Tertialrapport 1 2025", (2025, 4, 0)),
        ("Månadsuppföljning maj 2025", (2025, 5, 0)),
        ("Månadsuppföljning nov 2026", (2026, 11, 0)),
        ("Ekonomisk uppföljning februari 2026", (2026, 2, 0)),
        ("Kvartalsrapport 3 2026", (2026, 9, 0)),
        ("Budget 2027 och ramar 2028 – 2029", (2027, 0, 0)),  # a plan period is no period
    ],
)
def test_the_period_a_title_names(line: str, period: tuple[int, int, int]) -> None:
    assert _period_in(line) == period


def test_municipalities_by_their_letters_and_their_other_names() -> None:
    assert municipality_in("Håbo kommun") == "Håbo"  # not Habo, which folds alike
    assert municipality_in("Habo kommun") == "Habo"
    assert municipality_in("Falu kommun") == "Falun"
    assert municipality_in("Borås Stad | Delårsrapport augusti 2026") == "Borås"
    # a line that names members is not the author's name
    assert (
        municipality_in("69 994 tkr för Alingsås kommun och 20 367 tkr för Vårgårda kommun") is None
    )
    assert municipality_in("Förbundets medlemmar är Köpings kommun") is None
    # the words are found whatever their case
    assert municipality_in("HÅBO KOMMUN") == "Håbo"
    assert municipality_in("FÖRBUNDETS MEDLEMMAR ÄR KÖPINGS KOMMUN") is None


def test_regions_by_their_names_and_other_names() -> None:
    assert municipality_in("Årsredovisning för Region Östergötland") == "Region Östergötland"
    assert municipality_in("VÄSTRA GÖTALANDSREGIONEN") == "Västra Götalandsregionen"
    # the reader looks for a region only in a line that says "region": every name does
    assert all("region" in name for name in _regions())


def test_associations_named_as_such_and_not_by_a_bare_kind() -> None:
    assert association_in("Mälardalens brand- och räddningsförbund") == (
        "Mälardalens brand- och räddningsförbund"
    )
    assert association_in("Samordningsförbundet Centrala Östergötland") == (
        "Samordningsförbundet Centrala Östergötland"
    )
    assert association_in("Räddningstjänstförbundet") is None
    assert association_in("I Räddningstjänstförbundet arbetar 80 personer") is None


def test_committees_printed_in_capitals_with_an_adjective_or_for() -> None:
    assert committee_in("VÅRD- OCH OMSORGSNÄMNDEN") == ["Vård- och omsorgsnämnden"]
    assert committee_in("Regionala utvecklingsnämnden") == ["Regionala utvecklingsnämnden"]
    assert committee_in("Nämnden för funktionsstöd") == ["Nämnden för funktionsstöd"]
    assert committee_in("Nämnden för Förskola & Grundskola") == [
        "Nämnden för Förskola & Grundskola"
    ]
    assert committee_in("Hela nämnden deltog") == []


def test_a_committee_named_only_in_a_sentence_of_the_first_pages() -> None:
    """ "SN · Ekonomisk uppföljning april 2026" and "… har socialnämndens prognos försämrats":
    no line names the committee as a name, a sentence speaks of it."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "SN · Ekonomisk uppföljning april 2026\n\nEkonomisk uppföljning per 2026-04-30\n\n"
        "Sammanfattning\n\nEfter årets fyra första månader har socialnämndens prognos försämrats "
        "med 1 700 tkr, främst till följd av fler placeringar. Kontakt: ekonomi.sn@ale.se\n\n"
        "Verksamhet\tBudget 2026\tUtfall jan–apr\tPrognos 2026\tAvvikelse\n"
        "Barn och unga\t78 400\t29 870\t84 900\t-6 500\n"
        "Summa\t78 400\t29 870\t84 900\t-6 500\n"
    )
    assert (report.municipality, report.committee) == ("Ale", "Socialnämnden")


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Årsboks slut mål och ekonomi 2017", "Årsbokslut mål och ekonomi 2017"),
        ("DELÅRS RAPPORT 2026", "DELÅRSRAPPORT 2026"),
        ("Års redovisning, 2025", "Årsredovisning, 2025"),
        ("Månads uppföljning per maj", "Månadsuppföljning per maj"),
        ("Årsbokslut för 2025", "Årsbokslut för 2025"),  # whole already
        ("Sammanfattande bokslut 2025", "Sammanfattande bokslut 2025"),  # two words
        ("Del av året", "Del av året"),
    ],
)
def test_a_report_kind_split_on_a_cover_is_read_as_one_word(line: str, read: str) -> None:
    assert rejoined(line) == read


def test_hyphens_at_a_line_end_are_mended_in_cells() -> None:
    assert mend_hyphens("Helårs- prognos") == "Helårsprognos"
    assert mend_hyphens("Barn- och utbildning") == "Barn- och utbildning"


def test_numbered_headings_of_a_text_report_follow_its_contents() -> None:
    lines = [
        "Innehållsförteckning",
        "  5      Styrinformation .......... 31",
        "    5.2  Mål ...................... 31",
        "      5.2.1 Kund ................... 31",
        "",
        "5         Styrinformation",
        "Text.",
        "3 Öka takten i arbetet",  # a numbered list item, not heading 3
        "5.2       Mål",
        "5.2.1     Kund",
        "5.2.1.1 Förbättra kundernas upplevelse av nytta, kvalitet, service",
        "        och samarbete",
        "Analys av målet.",
    ]
    found = numbered_headings(lines, toc_headings(lines))
    assert [(h, level) for h, level, _ in found.values()] == [
        ("5 Styrinformation", 1),
        ("5.2 Mål", 2),
        ("5.2.1 Kund", 3),
        ("5.2.1.1 Förbättra kundernas upplevelse av nytta, kvalitet, service och samarbete", 4),
    ]


def test_a_text_table_is_read_by_where_its_cells_stand() -> None:
    lines = [
        "Resultatredovisning i sammandrag",
        "                                              Prognos      Utfall fg",
        "  Belopp i mnkr      Utfall     Budget",
        "                                                aug           år",
        "",
        "  Intäkter          1 420,1    1 434,1        1 442,7     1 341,8",
        "  Kommuninterna",
        "                          0          0              0           0",
        "  bidrag",
        "  NKI                            58,6 %*              -",
    ]
    [table] = find_text_tables(lines)
    assert table.header == ["Belopp i mnkr", "Utfall", "Budget", "Prognos aug", "Utfall fg år"]
    assert table.rows == [
        ["Intäkter", "1 420,1", "1 434,1", "1 442,7", "1 341,8"],
        ["Kommuninterna bidrag", "0", "0", "0", "0"],
        ["NKI", "", "58,6 %*", "-", ""],  # the blank Utfall cell keeps its column
    ]


def test_a_kpi_table_with_the_years_as_rows_is_read_turned() -> None:
    table = Table(
        "",
        ["År", "Inskrivna barn, antal", "Legitimerade förskollärare, %"],
        [["2024", "5 706", "41"], ["2025", "5 655", "42"], ["Jan–aug 2026", "5 590", "44"]],
        layout=True,
    )
    kpis = {k.name: k.values for k in layout_kpis(table, 0, "Nyckeltal")}
    assert kpis == {
        "Inskrivna barn, antal": {"2024": 5706, "2025": 5655, "2026": 5590},
        "Legitimerade förskollärare, %": {"2024": 41, "2025": 42, "2026": 44},
    }


def test_a_kpi_table_whose_year_stands_in_a_period_cell() -> None:
    """ "Indikator | Period | Utfall | Målvärde | Föregående period": the outcome is of the
    period's year (a school year's, its later one), "Föregående period" of the year before;
    a table mixing periods of different years is left alone."""
    header = ["Indikator", "Period", "Utfall", "Målvärde", "Föregående period"]
    terms = Table("", header, [["Närvaro i grundskolan, %", "T2 2026", "91,6", "≥ 94", "92,3"]],
                  layout=True)  # fmt: skip
    school = Table("", header, [["Meritvärde i åk 9", "Läsår 2025/26", "236,8", "≥ 240", "233,5"]],
                   layout=True)  # fmt: skip
    mixed = Table("", header, [["Närvaro, %", "T2 2026", "91,6", "≥ 94", "92,3"],
                               ["Meritvärde", "Läsår 2024/25", "233,5", "≥ 240", "230,1"]],
                  layout=True)  # fmt: skip
    read = [{k.name: (k.values, k.target) for k in layout_kpis(t, 0, "")} for t in (terms, school)]
    assert read == [
        {"Närvaro i grundskolan, %": ({"2026": 91.6, "2025": 92.3}, 94)},
        {"Meritvärde i åk 9": ({"2026": 236.8, "2025": 233.5}, 240)},
    ]
    assert all(not k.values for k in layout_kpis(mixed, 0, ""))


def test_a_styrkort_goal_column_is_the_rows_goal_not_their_target() -> None:
    """ "Perspektiv | Mål | Indikator | Målvärde 2025 | …": the "Mål" column holds the goal
    each indicator serves, a sentence on the goal's first row; the target is "Målvärde"."""
    header = ["Perspektiv", "Mål", "Indikator", "Målvärde 2025", "Helår 2024", "Helår 2025"]
    goal = "Barn och unga ska få rätt stöd i rätt tid"
    table = Table("", header, [["Invånare", goal, "Andel förhandsbedömningar klara", "≥ 90 %", "84 %", "88 %"],
                               ["", "", "Vårddygn på HVB, barn och unga", "≤ 6 000", "6 910", "5 880"]],
                  layout=True)  # fmt: skip
    read = [(k.name, k.target_raw, k.target, k.group) for k in layout_kpis(table, 0, "Styrkort")]
    assert read == [
        ("Andel förhandsbedömningar klara", "≥ 90 %", 90, goal),
        ("Vårddygn på HVB, barn och unga", "≤ 6 000", 6000, goal),
    ]
    words = Table("", ["Indikator", "Mål", "2024", "2025"], [["Andel nöjda", "Öka", "81", "84"]],
                  layout=True)  # fmt: skip
    assert [k.target_raw for k in layout_kpis(words, 0, "")] == ["Öka"]  # a target in a word


def test_notes_to_the_accounts_are_no_kpis_and_a_note_column_no_amount() -> None:
    """The tables under "Noter" ("Not 1 Verksamhetens intäkter | 2025 | 2024") are money;
    an income statement's "Not" column holds the notes' numbers, not amounts."""
    from desktop.ingest.readers.finance import _rows

    note = Table("", ["Not 1 Verksamhetens intäkter", "2025", "2024"],
                 [["Avgifter för tillsyn", "14 208", "12 960"], ["Summa", "118 642", "109 375"]],
                 layout=True)  # fmt: skip
    assert layout_kpis(note, 0, "2.2 Noter") == []
    income = Table("", ["Resultaträkning", "Not", "2025", "2024"],
                   [["Verksamhetens intäkter", "1", "118 642", "109 375"],
                    ["Årets resultat", "", "1 610", "2 524"]], layout=True)  # fmt: skip
    rows = _rows(income)
    assert rows is not None
    assert [r.columns for r in rows] == [
        {"2025": 118642, "2024": 109375},
        {"2025": 1610, "2024": 2524},
    ]


def test_an_association_named_by_its_direktion_and_not_by_what_it_is() -> None:
    """ "Ett kommunalförbund för A, B …" says what it is; "Direktionen för Räddningstjänsten
    Syd" names it."""
    from desktop.ingest.readers.metadata import association_in

    assert association_in("Ett kommunalförbund för Burlöv, Eslöv, Kävlinge, Lund och Malmö") is None
    assert (
        association_in("Direktionen för Räddningstjänsten Syd avger härmed årsredovisning")
        == "Räddningstjänsten Syd"
    )


def test_goals_listed_as_items_with_their_assessment_after_a_dash_or_in_parentheses(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.ingest.pipeline import extract_file

    report = tmp_path / "rapport.txt"
    report.write_text(
        "Delårsrapport januari–augusti 2025\n\nKultur- och fritidsnämnden, Ljusdals kommun\n\n"
        "Måluppfyllelse\n\nBedömningen per den 31 augusti framgår nedan.\n\n"
        "• Fler barn ska delta i kulturskolans kurser – delvis uppnått\n"
        "• Biblioteken ska ha längre öppettider (bedöms uppnås)\n"
        "• Simhallens besökare ska vara nöjda: Bedöms inte uppnås\n"
        "• Badplatserna ska ha livräddare hela sommaren\n\n"
        "Nyckeltal\n\nUnder perioden har följande gjorts:\n\n"
        "• Nya kurser har startats – uppnått\n"
        "• Läger under sommarlovet\n",
        encoding="utf-8",
    )
    goals = [(g.title, g.status) for g in extract_file(report).goals]
    assert goals == [
        ("Fler barn ska delta i kulturskolans kurser", "partly"),
        ("Biblioteken ska ha längre öppettider", "expected_achieved"),
        ("Simhallens besökare ska vara nöjda", "expected_not_achieved"),
        ("Badplatserna ska ha livräddare hela sommaren", "unassessed"),  # listed with them
    ]  # the activities under "Nyckeltal" are no goals: one item with a status is no list of goals


@pytest.mark.parametrize(
    ("heading", "title", "status"),
    [
        ("Befolkningen ska öka ✖ Uppfylls inte", "Befolkningen ska öka", "expected_not_achieved"),
        (
            "Nämnden ska ha en ekonomi i balans Bedömd måluppfyllelse helår: Uppfylls delvis",
            "Nämnden ska ha en ekonomi i balans",
            "partly",
        ),
        (
            "Fler företag ska etablera sig – Uppfylls",
            "Fler företag ska etablera sig",
            "expected_achieved",
        ),
        ("Analys av hur nämndens mål uppnås", "Analys av hur nämndens mål uppnås", None),  # no mark
        ("Kommentar: Uppfylls delvis enligt plan", "Kommentar: Uppfylls delvis enligt plan", None),
    ],
)
def test_an_assessment_printed_at_the_end_of_a_goal_heading(
    heading: str, title: str, status: str | None
) -> None:
    from desktop.ingest.readers.goals.headings import _status_at_end

    read, found = _status_at_end(heading, {}, interim=True)
    assert (read, found[0] if found else None) == (title, status)


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("(2 300)", -2300.0),
        ("(12,5)", -12.5),
        ("2 300", 2300.0),
        ("−1 850", -1850.0),
        ("(tkr)", None),
        ("113.140", 113140.0),  # a spreadsheet's thousands dots
        ("2.140-", -2140.0),  # ... and its minus after the number
        ("250-", -250.0),
        ("4,5", 4.5),
        ("3 410 vårddygn", 3410.0),
        ("31 aug", None),
        ("+160", 160.0),  # a deviation printed with its sign
        ("+1 255", 1255.0),
    ],
)
def test_an_amount_in_brackets_is_negative_as_accountants_print_it(
    cell: str, value: float | None
) -> None:
    from desktop.ingest.readers.numbers import parse_number

    assert parse_number(cell) == value


def _goals_of(text: str) -> list[tuple[str, str]]:
    """The (title, status) of each goal a text report prints."""
    from desktop.ingest.pipeline import extract_text

    return [(g.title, g.status) for g in extract_text(text).goals]


def test_goals_assessed_by_an_x_in_a_matrix_of_assessments() -> None:
    assert _goals_of(
        "Årsredovisning 2025\n\nMiljönämnden, Ljusdals kommun\n\nMåluppfyllelse\n\n"
        "Nr\tMål\tUppfyllt\tDelvis uppfyllt\tEj uppfyllt\tEj bedömt\n"
        "1\tTillsynen ska genomföras enligt tillsynsplanen\t\tX\t\t\n"
        "2\tÄrenden ska handläggas snabbt och rättssäkert\tX\t\t\t\n"
        "3\tFler livsmedelskontroller ska göras oanmälda\t\t\tX\t\n"
        "4\tKlimatpåverkan från tjänsteresor ska minska\t\t\t\tX\n\n"
        "Ekonomi\n\nNämnden redovisar ett överskott.\n"
    ) == [
        ("Tillsynen ska genomföras enligt tillsynsplanen", "partly"),
        ("Ärenden ska handläggas snabbt och rättssäkert", "achieved"),
        ("Fler livsmedelskontroller ska göras oanmälda", "not_achieved"),
        ("Klimatpåverkan från tjänsteresor ska minska", "unassessed"),
    ]


def test_a_goal_table_with_numbered_groups_and_a_forecast_before_the_outcome(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.pdf_writer import write_report_pdf

    from desktop.ingest.pipeline import extract_file

    pdf = write_report_pdf(
        "Årsredovisning 2025\n\nÄldreomsorgsnämnden, Ljusdals kommun\n\nMål och måluppfyllelse\n\n"
        "Mål\tPrognos T2\tUtfall helår\n"
        "KF-mål 1. Invånarna ska kunna leva ett tryggt liv\t\t\n"
        "1a Kontinuiteten i hemtjänsten ska öka\tUppnås delvis\tEj uppnått\n"
        "1b Fallskadorna på särskilt boende ska minska\tUppnås\tDelvis uppnått\n"
        "KF-mål 2. Kommunen ska vara en attraktiv arbetsgivare\t\t\n"
        "2a Sjukfrånvaron bland medarbetarna ska minska\tUppnås inte\tUppnått\n\n"
        "Ekonomi\n\nNämnden redovisar ett överskott.\n",
        tmp_path / "rapport.pdf",
    )
    goals = [(g.title, g.status, g.hierarchy) for g in extract_file(pdf).goals]
    first, second = (
        ["Invånarna ska kunna leva ett tryggt liv"],
        ["Kommunen ska vara en attraktiv arbetsgivare"],
    )
    assert goals == [
        ("Kontinuiteten i hemtjänsten ska öka", "not_achieved", first),
        ("Fallskadorna på särskilt boende ska minska", "partly", first),
        ("Sjukfrånvaron bland medarbetarna ska minska", "achieved", second),
    ]  # the KF goals are groups; the year's outcome, the last column, is the status


@pytest.mark.parametrize(
    ("said", "statuses"),
    [("Bedömningen avser helåret 2026 och görs utifrån utfallet för januari–augusti.",
      ["expected_achieved", "partly", "expected_not_achieved"]),
     ("Bedömningen görs utifrån utfallet för januari–augusti.",
      ["achieved", "partly", "not_achieved"])],
)  # fmt: skip
def test_an_interim_report_that_assesses_the_whole_year_gives_forecasts(
    said: str, statuses: list[str]
) -> None:
    """ "Målet är uppfyllt." in a delårsrapport is a forecast when the report says its
    assessments are of the whole year; without that, it is what the period gave."""
    text = (
        "Delårsrapport januari–augusti 2026\n\nSocialnämnden, Ljusdals kommun\n\n"
        f"Mål och måluppfyllelse\n\nNämnden har tre mål. {said}\n\n"
        "Utredningar ska vara klara inom lagstadgad tid\n\nMålet är uppfyllt. 93 procent av "
        "utredningarna avslutades inom 120 dagar, mot 81 procent i fjol.\n\n"
        "Sjukfrånvaron bland medarbetarna ska minska\n\nMålet är delvis uppfyllt. Den korta "
        "sjukfrånvaron har minskat mest under perioden.\n\n"
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram\n\nMålet är inte uppfyllt. "
        "Prognosen för helåret är ett underskott om 7 300 tkr.\n\n"
        "Ekonomi\n\nNämnden prognostiserar ett underskott.\n"
    )
    assert [status for _, status in _goals_of(text)] == statuses


def test_a_goal_matrix_of_an_interim_report_is_read_by_its_forecast_column() -> None:
    """ "T1 2026 | T2 2026 | Prognos helår": the last column is the year's forecast, so in
    a delårsrapport "Uppfyllt" there is expected, not yet achieved."""
    assert _goals_of(
        "Delårsrapport januari–augusti 2026\n\nMiljö- och byggnadsnämnden, Ljusdals kommun\n\n"
        "Måluppfyllelse\n\n"
        "Mål\tT1 2026\tT2 2026\tPrognos helår\n"
        "Handläggningstiden för bygglov ska vara högst fem veckor\tEj uppfyllt\tDelvis\tUppfyllt\n"
        "Tillsynen ska genomföras enligt tillsynsplanen\tUppfyllt\tDelvis\tEj uppfyllt\n"
        "Livsmedelskontrollen ska följa kontrollplanen\tUppfyllt\tUppfyllt\tDelvis\n\n"
        "Ekonomi\n\nNämnden prognostiserar ett underskott.\n"
    ) == [
        ("Handläggningstiden för bygglov ska vara högst fem veckor", "expected_achieved"),
        ("Tillsynen ska genomföras enligt tillsynsplanen", "expected_not_achieved"),
        ("Livsmedelskontrollen ska följa kontrollplanen", "partly"),
    ]


def test_goals_assessed_by_a_percentage_on_the_scale_the_report_prints() -> None:
    assert _goals_of(
        "Årsredovisning 2025\n\nBarn- och utbildningsnämnden, Ljusdals kommun\n\nMåluppfyllelse\n\n"
        "Bedömningsskala: ≥ 100 % = uppnått, 80–99 % = delvis uppnått, under 80 % = ej uppnått.\n\n"
        "Nr\tNämndmål\tMåluppfyllelse\n"
        "1\tAlla elever ska nå kunskapskraven i samtliga ämnen\t97 %\n"
        "2\tBarn och elever ska känna sig trygga i skolan\t103 %\n"
        "3\tNärvaron i grundskolan ska öka\t77 %\n"
        "4\tAndelen lärare med lärarlegitimation ska öka\t–\n\n"
        "Ekonomi\n\nNämnden redovisar ett underskott.\n"
    ) == [
        ("Alla elever ska nå kunskapskraven i samtliga ämnen", "partly"),
        ("Barn och elever ska känna sig trygga i skolan", "achieved"),
        ("Närvaron i grundskolan ska öka", "not_achieved"),
        ("Andelen lärare med lärarlegitimation ska öka", "unassessed"),
    ]


def test_a_title_that_names_the_month_but_not_the_year_gives_the_period() -> None:
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Eslövs kommun\n\nVård- och omsorgsnämnden\n\nMånadsrapport per den 31 juli\n\n"
        "Ekonomisk uppföljning med helårsprognos 2026\n\nNämnden prognostiserar ett underskott.\n"
    )
    assert (report.report_type, report.period_end) == ("interim", "2026-07-31")


def test_kpis_printed_as_list_items_with_their_target_and_last_year() -> None:
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Delårsrapport januari–augusti 2026\n\nMiljönämnden, Ljusdals kommun\n\nMål och nyckeltal\n\n"
        "Tillsynen ska genomföras enligt plan\n\nPrognos helår: Uppnås delvis\n\n"
        "• Andel genomförda inspektioner: 58 % (mål ≥ 65 %; jan–aug 2025: 61 %)\n"
        "• Antal livsmedelsanläggningar: 612\n\n"
        "Klagomål ska hanteras skyndsamt\n\nPrognos helår: Uppnås inte\n\n"
        "• Handläggningstid klagomål, dagar: 21 (mål ≤ 14; jan–aug 2025: 18)\n"
    )
    read = {k.name: (k.values, k.target, k.target_direction) for k in report.kpis}
    assert read == {
        "Andel genomförda inspektioner": ({"2026": 58, "2025": 61}, 65, "higher"),
        "Antal livsmedelsanläggningar": ({"2026": 612}, None, None),
        "Handläggningstid klagomål, dagar": ({"2026": 21, "2025": 18}, 14, "lower"),
    }


def test_kpis_printed_with_their_figures_after_labels_on_their_line() -> None:
    """A goal-system export's indicators: "Utfall:" is the report's year, "Utfall 2025:"
    the year before, "Målvärde:" the target; a line of labels without the year's outcome,
    or without anything beside it, is no KPI."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Delårsrapport januari–augusti 2026\n\nNämnden för Förskola & Grundskola, "
        "Kungsbacka kommun\n\nMål och uppföljning\n\nFler elever ska nå kunskapskraven\n\n"
        "Andel elever i årskurs 9 med godkänt i alla ämnen Utfall: 79 % Målvärde: ≥ 82 % "
        "Utfall 2025: 77 %\n\n"
        "Genomsnittligt antal barn per barngrupp Utfall: 14,8 Målvärde: ≤ 15,0\n\n"
        "Antal elever Målvärde: 5 000 Utfall 2025: 4 870\n\n"
        "Antal skolor Utfall: 42\n"
    )
    read = {k.name: (k.values, k.target, k.target_direction) for k in report.kpis}
    assert read == {
        "Andel elever i årskurs 9 med godkänt i alla ämnen": (
            {"2026": 79, "2025": 77},
            82,
            "higher",
        ),
        "Genomsnittligt antal barn per barngrupp": ({"2026": 14.8}, 15, "lower"),
    }
    assert report.committee == "Nämnden för Förskola & Grundskola"


def test_an_assessment_set_as_a_heading_under_its_goal_is_no_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Bedömning: Delvis uppfyllt" in bold under "Mål 1. …" assesses that goal, even where
    the goal's text then says the same in a sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "bedomning.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 780, "Årsredovisning 2025 Kultur- och fritidsnämnden Exempelby kommun")
    y = 730.0
    pdf.drawString(60, y, "Måluppfyllelse")
    goals = [
        ("Mål 1. Fler barn och unga ska delta i fritidsaktiviteter", "Delvis uppfyllt",
         "Deltagandet ökade men når inte målvärdet. Nämnden bedömer därför målet som delvis "
         "uppfyllt."),
        ("Mål 2. Biblioteken ska vara en mötesplats i hela kommunen", "Uppfyllt",
         "Besöken ökade för fjärde året i rad."),
    ]  # fmt: skip
    for title, assessment, analysis in goals:
        y -= 34
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(60, y, title)
        y -= 20
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(60, y, f"Bedömning: {assessment}")
        pdf.setFont("Helvetica", 10)
        for line in (
            "Verksamheten har under året arbetat vidare med de insatser som nämnden beslutade.",
            "Uppföljningen bygger på nyckeltal och på förvaltningens analys av resultaten.",
            analysis,
        ):
            y -= 13
            pdf.drawString(60, y, line)
    pdf.save()
    assert [(g.title, g.status) for g in extract_file(path).goals] == [
        ("Fler barn och unga ska delta i fritidsaktiviteter", "partly"),
        ("Biblioteken ska vara en mötesplats i hela kommunen", "achieved"),
    ]


def test_assessment_lines_and_captions_printed_again_open_no_section(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A bold "Prognos helår: Uppnås delvis" under a goal is the goal's assessment and a
    caption printed again over the next page ("Nyckeltal (forts.)") goes on with its table:
    neither opens a section. The last goal's text ends where the next chapter begins."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "prognos.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 780, "Delårsrapport januari–augusti 2026 Socialnämnden Exempelby kommun")
    y = 730.0
    pdf.drawString(60, y, "1 Måluppfyllelse")
    goals = [
        ("1.1 Fler hushåll ska nå egen försörjning", "Uppnås delvis"),
        ("1.2 Barn och unga ska få stöd i rätt tid", "Uppnås"),
    ]
    for title, assessment in goals:
        y -= 34
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(60, y, title)
        y -= 20
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(60, y, f"Prognos helår: {assessment}")
        pdf.setFont("Helvetica", 10)
        for line in (
            "Verksamheten har under perioden arbetat vidare med de insatser som nämnden beslutade.",
            "Uppföljningen bygger på nyckeltal och på förvaltningens analys av resultaten.",
        ):
            y -= 13
            pdf.drawString(60, y, line)
    y -= 40
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, y, "2 Nyckeltal")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, y - 20, "Tabellen visar nämndens nyckeltal för de tre senaste åren.")
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, 780, "Nyckeltal (forts.)")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 760, "Värdena för 2026 avser perioden januari–augusti.")
    pdf.save()
    report = extract_file(path)
    headings = [section.heading for section in report.sections]
    assert not [h for h in headings if "Prognos" in h or "forts" in h]
    assert "2 Nyckeltal" in headings
    assert [(g.title, g.status) for g in report.goals] == [
        ("Fler hushåll ska nå egen försörjning", "partly"),
        ("Barn och unga ska få stöd i rätt tid", "expected_achieved"),
    ]
    last = report.goals[-1].analysis
    assert last.startswith("Verksamheten") and "Tabellen visar" not in last


def test_a_lone_figure_in_a_list_is_no_kpi() -> None:
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Delårsrapport januari–augusti 2026\n\nMiljönämnden, Ljusdals kommun\n\nSammanfattning\n\n"
        "• Prognos för helåret: 390 tkr\n• Antal ärenden: 1 204\n"
    )
    assert report.kpis == []  # no item carries a target or an earlier year: a summary


def test_goals_assessed_by_a_letter_the_report_explains_in_a_legend() -> None:
    assert _goals_of(
        "Delårsrapport januari–augusti 2026\n\nKollektivtrafiknämnden, Region Västmanland\n\n"
        "Nämndens mål\n\n"
        "Nr\tNämndmål\tProgn.\tKommentar\n"
        "1.1\tKollektivtrafikens andel av resorna ska öka\tD\tResandet har ökat.\n"
        "1.2\tAntalet resor med busstrafik ska öka\tU\tÖkningen är 5,2 procent.\n"
        "2.1\tPunktligheten i tågtrafiken ska förbättras\tE\tBanarbeten har gett förseningar.\n\n"
        "Prognos helår: U = uppnås, D = delvis, E = ej uppnås.\n"
    ) == [
        ("Kollektivtrafikens andel av resorna ska öka", "partly"),
        ("Antalet resor med busstrafik ska öka", "expected_achieved"),
        ("Punktligheten i tågtrafiken ska förbättras", "expected_not_achieved"),
    ]


def test_a_box_under_a_goal_heading_gives_its_assessment_and_its_indicators() -> None:
    """ "Indikatorer | Bedömning" under each goal: the assessment sentence in its cell, the
    indicators one after the other in theirs, each with its target and the year before."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Årsredovisning 2025\n\nBarn- och utbildningsnämnden, Strängnäs kommun\n\n"
        "Nämndens mål\n\nNämndmål 1: Alla elever ska nå kunskapsmålen\n\n"
        "Indikatorer\tBedömning\n"
        "Andel elever i åk 9 med godkänt i alla ämnen: 76 % (mål 80 %), 2024: 74 % "
        "Genomsnittligt meritvärde i åk 9: 221,5 (mål 225)\tMålet är delvis uppfyllt.\n\n"
        "Resultaten har förbättrats.\n\n"
        "Nämndmål 2: Eleverna ska vara närvarande i skolan\n\n"
        "Indikatorer\tBedömning\n"
        "Andel elever med hög frånvaro: 17,4 % (mål högst 12 %), 2024: 16,1 %\t"
        "Målet är inte uppfyllt.\n\nFrånvaron har ökat.\n"
    )
    assert [(g.title, g.status, g.kpis) for g in report.goals] == [
        ("Alla elever ska nå kunskapsmålen", "partly",
         ["Andel elever i åk 9 med godkänt i alla ämnen", "Genomsnittligt meritvärde i åk 9"]),
        ("Eleverna ska vara närvarande i skolan", "not_achieved", ["Andel elever med hög frånvaro"]),
    ]  # fmt: skip
    assert [(k.values, k.target, k.target_direction) for k in report.kpis] == [
        ({"2025": 76, "2024": 74}, 80, None),
        ({"2025": 221.5}, 225, None),
        ({"2025": 17.4, "2024": 16.1}, 12, "lower"),
    ]


def test_goals_assessed_by_a_score_on_the_scale_the_report_prints() -> None:
    """ "Måluppfyllelse: 3 av 4" read by "4 av 4 = uppfyllt, 2–3 av 4 = delvis …"; the
    words after the score on its line open the analysis; the score alone on its line is
    no page number; and a table captioned in mnkr is in mnkr."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Verksamhetsberättelse 2025\n\nFritidsnämnden, Umeå kommun\n\nMål och måluppfyllelse\n\n"
        "Bedömningsskala: 4 av 4 = uppfyllt, 2–3 av 4 = delvis uppfyllt, 0–1 av 4 = inte "
        "uppfyllt.\n\nNämndmål: Barn och unga ska ha tillgång till idrott nära hemmet\n\n"
        "Måluppfyllelse: 3 av 4 Två nya ytor invigdes under året, på Ersboda och i Holmsund.\n\n"
        "Nämndmål: Fler flickor ska delta i föreningsledd idrott\n\nMåluppfyllelse: 0 av 4\n\n"
        "Andelen flickor minskade för andra året i rad.\n\nEkonomi\n\n"
        "Tabell 2. Driftredovisning per verksamhet, mnkr\n\n"
        "Verksamhet\tBudget 2025\tUtfall 2025\tAvvikelse\nFritidsgårdar\t58,7\t57,9\t0,8\n"
        "Föreningsstöd\t41,6\t41,6\t0,0\nSumma\t100,3\t99,5\t0,8\n"
    )
    assert [(g.title, g.status, g.analysis) for g in report.goals] == [
        ("Barn och unga ska ha tillgång till idrott nära hemmet", "partly",
         "Två nya ytor invigdes under året, på Ersboda och i Holmsund."),
        ("Fler flickor ska delta i föreningsledd idrott", "not_achieved",
         "Andelen flickor minskade för andra året i rad."),
    ]  # fmt: skip
    assert report.finance.unit == "mnkr"


def test_goal_rows_assessed_on_their_last_indicator_with_explained_markers() -> None:
    """A goal's assessment on its last indicator row; "(KF)" wrapped onto a row of its own
    goes on with the title, and markers the report explains ("(KF) = …") are no part of
    the title; a table cut at a page whose heading is a goal wrapped onto its first row."""
    assert _goals_of(
        "Verksamhetsberättelse 2025\n\nMiljö- och byggnämnden, Värnamo kommun\n\nMåluppfyllelse\n\n"
        "Mål\tIndikatorer\tMålvärde 2025\tUtfall 2025\tBedömning\n"
        "Handläggningen av bygglov ska vara snabb (KF)\tMediantid, dagar\t≤ 28\t31\t\n"
        "\tAndel beslut inom lagstadgad tid\t100 %\t96 %\tDelvis uppfyllt\n"
        "Tillsynen ska minska riskerna för människors hälsa\tAndel tillsynsbesök\t≥ 90 %\t94 %\t\n"
        "(KF)\tAndel livsmedelskontroller\t≥ 95 %\t97 %\tUppfyllt\n\n"
        "(KF) = kommunfullmäktiges mål. (N) = nämndens eget mål.\n\nFortsättning\n\n"
        "Sjukfrånvaron bland nämndens\tRöd\tSjukfrånvaron är 9,1 procent.\n"
        "medarbetare ska minska\t\tDen korta frånvaron har ökat mest.\n"
        "Nämnden ska bedriva sin verksamhet\tRöd\tUnderskott om 15,5 mkr.\n"
        "inom tilldelad budgetram\t\tFrämst för placeringar.\n"
    ) == [
        ("Handläggningen av bygglov ska vara snabb", "partly"),
        ("Tillsynen ska minska riskerna för människors hälsa", "achieved"),
        ("Sjukfrånvaron bland nämndens medarbetare ska minska", "not_achieved"),
        ("Nämnden ska bedriva sin verksamhet inom tilldelad budgetram", "not_achieved"),
    ]


def test_goals_assessed_by_a_symbol_the_report_explains_in_a_legend() -> None:
    """Symbols printed as characters, black or coloured, read by the legend of the same
    symbols; a legend that tells its symbols apart by colour only is no such legend."""
    table = (
        "Mål\tIndikator\tUtfall jan–aug 2026\tBedömning\n"
        "Barn ska få rätt insats i rätt tid\tAndel utredningar inom 120 dagar\t89 %\t▲\n"
        "Fler vuxna ska gå vidare till arbete\tAndel hushåll till arbete\t34 %\t■\n"
        "Personer med missbruk ska få samordnat stöd\tAndel klienter med SIP\t39 %\t▼\n"
    )
    head = (
        "Delårsrapport januari–augusti 2026\n\nSocialnämnden, Haninge kommun\n\nMåluppfyllelse\n\n"
    )
    legend = "▲ Målet bedöms uppnås ■ Målet bedöms delvis uppnås ▼ Målet bedöms inte uppnås\n\n"
    assert _goals_of(head + legend + table) == [
        ("Barn ska få rätt insats i rätt tid", "expected_achieved"),
        ("Fler vuxna ska gå vidare till arbete", "partly"),
        ("Personer med missbruk ska få samordnat stöd", "expected_not_achieved"),
    ]
    by_colour = "● Målet bedöms uppnås ● Målet bedöms delvis uppnås ● Målet bedöms inte uppnås\n\n"
    assert {status for _title, status in _goals_of(head + by_colour + table)} <= {"unassessed"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Under 2025 bedömdes målet vara uppnått. I år bedöms målet delvis uppnås.", "partly"),
        ("Sammantaget bedöms målet uppnås vid årets slut.", "expected_achieved"),
        ("Under 2025 bedömdes målet vara uppnått.", None),  # history only
    ],
)
def test_a_sentence_about_an_earlier_year_does_not_assess_the_goal(
    text: str, status: str | None
) -> None:
    from desktop.ingest.readers.status import status_in_sentence

    found = status_in_sentence(text, 2026)
    assert (found[0] if found else None) == status


def test_a_goal_table_printed_without_a_heading_keeps_its_first_goal() -> None:
    assert _goals_of(
        "Årsredovisning 2025\n\nKommunstyrelsen, Ljusdals kommun\n\nKommunledningsförvaltningens mål\n\n"
        "Medborgarna ska få svar på sina frågor inom en arbetsdag\tDelvis uppfyllt\t87 procent besvarades.\n"
        "Kommunen ska vara en attraktiv arbetsgivare\tUppfyllt\tHME-index ökade till 81.\n"
        "Andelen digitala e-tjänster ska öka\tUppfyllt\tTolv nya e-tjänster lanserades.\n"
    ) == [
        ("Medborgarna ska få svar på sina frågor inom en arbetsdag", "partly"),
        ("Kommunen ska vara en attraktiv arbetsgivare", "achieved"),
        ("Andelen digitala e-tjänster ska öka", "achieved"),
    ]


def _report_page(path, title: str, masthead: str, heading: str):  # type: ignore[no-untyped-def]
    """A reportlab page begun as a report's first page: its title, its committee and
    municipality, and a heading at y 730, for a test to draw its table under."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for y, font, size, text in ((790, "Helvetica-Bold", 16, title), (770, "Helvetica", 11, masthead),
                                (730, "Helvetica-Bold", 13, heading)):  # fmt: skip
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)
    return pdf


def test_a_goal_table_going_on_over_a_page_break_keeps_its_rows_and_comments(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A goal table Mål | Prognos | Kommentar whose last row on page 1 goes on at the top of
    page 2 (the rest of its title and comment, no assessment, no heading repeated): the
    title is read whole, the rows after it are the table's, and each goal's comment,
    however many lines and pages it takes, is its analysis."""

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "over-sidbrytning.pdf"
    pdf = _report_page(
        path, "Delårsrapport januari–augusti 2026", "Socialnämnden, Tranås kommun", "Nämndens mål"
    )
    rows = [  # (title lines, forecast, comment lines), one row after the other
        (["Barn och unga ska få stöd tidigt"], "Gul",
         ["Öppenvården har tagit emot fler familjer", "än i fjol. Vårddygnen på HVB har ökat."]),
        (["Utredningar ska vara klara inom", "lagstadgad tid"], "Grön",
         ["Andelen klara i tid är 92 procent."]),
        (["Personer med funktionsnedsättning ska ha", "inflytande över hur deras"], "Gul",
         ["Andelen brukare som kan påverka sina insatser", "har ökat till 81 procent."]),
    ]  # fmt: skip
    on_page_2 = [
        (["insatser utförs"], "", ["Genomförandeplanerna följs nu upp två", "gånger om året."]),
        (["Sjukfrånvaron bland medarbetarna ska", "minska"], "Röd",
         ["Sjukfrånvaron är 9,1 procent, högre än", "samma period 2025."]),
        (["Nämnden ska hålla sin budgetram"], "Röd",
         ["Helårsprognosen är ett underskott om 15,5", "mkr, främst för placeringar."]),
    ]  # fmt: skip

    def table(y: float, rows: list, heading: bool) -> None:  # type: ignore[type-arg]
        if heading:
            pdf.setFont("Helvetica-Bold", 10)
            for x, text in ((60, "Mål"), (280, "Prognos"), (340, "Kommentar")):
                pdf.drawString(x, y, text)
            y -= 16
        pdf.setFont("Helvetica", 9)
        for titles, forecast, comments in rows:
            pdf.drawString(280, y, forecast)
            for k in range(max(len(titles), len(comments))):
                if k < len(titles):
                    pdf.drawString(60, y - 12 * k, titles[k])
                if k < len(comments):
                    pdf.drawString(340, y - 12 * k, comments[k])
            y -= 12 * max(len(titles), len(comments)) + 8
            pdf.line(60, y + 5, 540, y + 5)

    table(690, rows, heading=True)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, 40, "Tranås kommun")
    pdf.showPage()
    table(780, on_page_2, heading=False)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, 640, "Ekonomi")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, 620, "Nämnden redovisar ett underskott.")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, 40, "Tranås kommun")
    pdf.save()

    goals = extract_file(path).goals
    assert [(g.title, g.status, g.page) for g in goals] == [
        ("Barn och unga ska få stöd tidigt", "partly", 1),
        ("Utredningar ska vara klara inom lagstadgad tid", "expected_achieved", 1),
        ("Personer med funktionsnedsättning ska ha inflytande över hur deras insatser utförs",
         "partly", 1),
        ("Sjukfrånvaron bland medarbetarna ska minska", "expected_not_achieved", 2),
        ("Nämnden ska hålla sin budgetram", "expected_not_achieved", 2),
    ]  # fmt: skip
    assert [g.analysis for g in goals] == [
        "Öppenvården har tagit emot fler familjer än i fjol. Vårddygnen på HVB har ökat.",
        "Andelen klara i tid är 92 procent.",
        "Andelen brukare som kan påverka sina insatser har ökat till 81 procent. "
        "Genomförandeplanerna följs nu upp två gånger om året.",
        "Sjukfrånvaron är 9,1 procent, högre än samma period 2025.",
        "Helårsprognosen är ett underskott om 15,5 mkr, främst för placeringar.",
    ]


def test_a_goal_tables_comment_is_the_goals_analysis() -> None:
    """The comment column ("Kommentar") gives each goal of a goal table its analysis, and so
    does an assessment written as a sentence ("Prognos: uppnås delvis. 87 procent …"), its
    lines joined; a goal's own section, where the report has one, says more and wins."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Delårsrapport januari–augusti 2026\n\nÖverförmyndarnämnden, Enköpings kommun\n\n"
        "Nämndens mål\n\n"
        "Mål\tKommentar\n"
        "Årsräkningarna ska vara granskade\tPrognos: uppnås delvis. 87 procent av årsräkningarna\n"
        "senast den 30 september\tvar granskade den 31 augusti.\n"
        "Handläggningstiden ska vara kort\tPrognos: uppnås inte. Handläggningstiden har ökat.\n\n"
        "Ekonomi\n\nNämnden håller sin budget.\n"
    )
    assert [(g.title, g.status, g.analysis) for g in report.goals] == [
        ("Årsräkningarna ska vara granskade senast den 30 september", "partly",
         "Prognos: uppnås delvis. 87 procent av årsräkningarna var granskade den 31 augusti."),
        ("Handläggningstiden ska vara kort", "expected_not_achieved",
         "Prognos: uppnås inte. Handläggningstiden har ökat."),
    ]  # fmt: skip


def test_sub_goals_are_assessed_apart_from_the_goal_they_follow_up(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Mål 1" followed up by "Delmål 1.1", "Delmål 1.2": each delmål's "Bedömning:
    Delmålet är …" is its own (and what its line says after it, its analysis), the
    "Samlad bedömning: Målet är …" printed after the last delmål is the goal's, with its
    text (not the last delmål's), and each delmål stands under its goal."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "delmal.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(60, 790, "Verksamhetsberättelse 2025")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, 770, "Kultur- och fritidsnämnden, Lunds kommun")
    y = 730.0

    def draw(text: str, font: str, size: int, gap: float) -> None:
        nonlocal y
        y -= gap
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)

    draw("Nämndens mål", "Helvetica-Bold", 15, 0)
    printed = [
        ("Mål 1 Barn och unga ska ha tillgång till ett rikt kulturliv", ["Målet följs upp genom två delmål."]),
        ("Delmål 1.1 Fler barn ska delta i kulturskolan",
         ["Bedömning: Delmålet är uppfyllt. Antalet elever ökade till 3 415."]),
        ("Delmål 1.2 Fritidsgårdarna ska nå fler flickor",
         ["Bedömning: Delmålet är inte uppfyllt.", "Andelen flickor var 31 procent.",
          "Samlad bedömning: Målet är delvis uppfyllt."]),
        ("Mål 2 Biblioteken ska vara öppna mötesplatser", ["Målet följs upp genom ett delmål."]),
        ("Delmål 2.1 Besöken på biblioteken ska öka",
         ["Besöksräknarna byttes under året och besöken kan inte jämföras.",
          "Samlad bedömning: Målet är uppfyllt."]),
    ]  # fmt: skip
    for heading, paragraphs in printed:
        draw(heading, "Helvetica-Bold", 12, 30)
        for text in paragraphs:
            draw(text, "Helvetica", 10, 18)
    draw("Ekonomi", "Helvetica-Bold", 15, 36)
    draw("Nämnden redovisar ett överskott.", "Helvetica", 10, 18)
    pdf.save()

    goal_1 = "Barn och unga ska ha tillgång till ett rikt kulturliv"
    goal_2 = "Biblioteken ska vara öppna mötesplatser"
    assert [(g.title, g.status, g.hierarchy) for g in extract_file(path).goals] == [
        (goal_1, "partly", []),
        ("Fler barn ska delta i kulturskolan", "achieved", [goal_1]),
        ("Fritidsgårdarna ska nå fler flickor", "not_achieved", [goal_1]),
        (goal_2, "achieved", []),
        ("Besöken på biblioteken ska öka", "unassessed", [goal_2]),
    ]
    assert [g.analysis for g in extract_file(path).goals][:3] == [
        "Målet följs upp genom två delmål.\n\nSamlad bedömning: Målet är delvis uppfyllt.",
        "Antalet elever ökade till 3 415.",  # after the assessment on its line
        "Andelen flickor var 31 procent.",
    ]


def test_a_kpi_name_wrapped_onto_its_values_line_is_read_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Deltagartillfällen …, antal per invånare" over "7–20 år | 36,2 | 37,5": the line set
    tight above the values is the name's beginning, though its end starts with a digit;
    a group's name a row's height above its rows stays a group."""

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "nyckeltal.pdf"
    pdf = _report_page(
        path, "Verksamhetsberättelse 2025", "Kultur- och fritidsnämnden, Lunds kommun", "Nyckeltal"
    )
    pdf.setFont("Helvetica-Bold", 9)
    for x, text in ((60, "Nyckeltal"), (400, "2025"), (450, "2024"), (500, "2023")):
        (pdf.drawString if x == 60 else pdf.drawRightString)(x, 700, text)
    pdf.setFont("Helvetica", 9)
    y = 684.0
    rows = [
        (["Deltagartillfällen i idrottsföreningar, antal per invånare", "7–20 år"], "36,2", "37,5", "38,1"),
        (["Deltagartillfällen i idrottsföreningar, antal per invånare", "13–16 år"], "41,0", "42,3", "43,5"),
        (["Lån från kommunala bibliotek, antal per invånare"], "5,9", "5,6", "5,7"),
    ]  # fmt: skip
    for names, *values in rows:
        for name in names[:-1]:
            pdf.drawString(60, y, name)
            y -= 10  # a cell's next line, set tight
        pdf.drawString(60, y, names[-1])
        for x, value in zip((400, 450, 500), values, strict=True):
            pdf.drawRightString(x, y, value)
        y -= 16
    pdf.save()

    assert [(k.name, k.values) for k in extract_file(path).kpis] == [
        ("Deltagartillfällen i idrottsföreningar, antal per invånare 7–20 år",
         {"2025": 36.2, "2024": 37.5, "2023": 38.1}),
        ("Deltagartillfällen i idrottsföreningar, antal per invånare 13–16 år",
         {"2025": 41.0, "2024": 42.3, "2023": 43.5}),
        ("Lån från kommunala bibliotek, antal per invånare", {"2025": 5.9, "2024": 5.6, "2023": 5.7}),
    ]  # fmt: skip


def test_kpi_columns_named_this_year_and_last_take_the_reports_year() -> None:
    """ "Föregående år | Innevarande år | Mål" with no year in any heading: the year is the
    report's (2025) and the one before; a target written as a word ("minska") is no value."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Årsredovisning 2025\n\nTekniska nämnden, Tranås kommun\n\nNyckeltal\n\n"
        "Nyckeltal\tFöregående år\tInnevarande år\tMål\n"
        "Resor i tätortstrafiken per invånare, antal\t11,8\t12,3\t12,5\n"
        "Hushållsavfall, kilo per invånare\t462\t471\tminska\n"
    )
    assert [(k.name, k.values, k.target) for k in report.kpis] == [
        ("Resor i tätortstrafiken per invånare, antal", {"2024": 11.8, "2025": 12.3}, 12.5),
        ("Hushållsavfall, kilo per invånare", {"2024": 462, "2025": 471}, None),
    ]


def test_quarters_of_one_year_are_no_years_values(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A staff table by quarter ("Kv 3 2025 | Kv 4 2025 | Kv 1 2026 | Kv 2 2026"): no
    quarter is its year's value, so no KPI takes the first quarter of each year."""
    from tests.pdf_writer import write_report_pdf

    from desktop.ingest.pipeline import extract_file

    path = write_report_pdf(
        "Delårsrapport januari–augusti 2026\n\nVård- och omsorgsnämnden, Skövde kommun\n\n"
        "Personal\n\n"
        "Sjukfrånvaro, procent\tKv 3 2025\tKv 4 2025\tKv 1 2026\tKv 2 2026\n"
        "Sjukfrånvaro totalt\t8,9\t9,6\t10,4\t9,8\n"
        "Andel långtidssjukfrånvaro\t41,2\t39,0\t36,9\t38,1\n",
        tmp_path / "kvartal.pdf",
    )
    assert extract_file(path).kpis == []


def test_a_listed_goal_run_in_with_its_analysis_and_assessment_in_parentheses() -> None:
    """ "• Fler ska välja kollektivtrafik. Resandet ökade … (Bedömning: Delvis uppfyllt)":
    the goal is the item's first sentence, the rest its analysis, the assessment the
    parenthesis at its end, even when a word's hyphen ("Gång- och") stands before it."""
    from desktop.ingest.pipeline import extract_text

    report = extract_text(
        "Årsredovisning 2025\n\nTekniska nämnden, Tranås kommun\n\nNämndens mål\n\n"
        "• Fler ska välja kollektivtrafik. Resandet i tätortstrafiken ökade med 4 procent och "
        "uppgick till 12,3 resor per invånare, men målvärdet nåddes inte. (Bedömning: Delvis "
        "uppfyllt)\n\n"
        "• Gång- och cykelvägar ska vara framkomliga året runt. Trots mycket snö plogades 94 "
        "procent av gång- och cykelvägarna inom åtta timmar efter avslutat snöfall. "
        "(Bedömning: Uppfyllt)\n\n"
        "• Invånarna ska vara nöjda med kommunens parker. Nöjdheten mäts vartannat år och "
        "mättes inte under året, men tre lekplatser rustades upp. (Bedömning: Målet har "
        "inte följts upp)\n"
    )
    assert [(g.title, g.status, g.analysis[:24]) for g in report.goals] == [
        ("Fler ska välja kollektivtrafik", "partly", "Resandet i tätortstrafik"),
        (
            "Gång- och cykelvägar ska vara framkomliga året runt",
            "achieved",
            "Trots mycket snö plogade",
        ),
        ("Invånarna ska vara nöjda med kommunens parker", "unassessed", "Nöjdheten mäts vartannat"),
    ]


def test_comparison_columns_beside_the_years_are_no_values(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Riket" and "Kommungrupp" set over the last two of seven year columns (2021–2025,
    2025, 2025): each heads its own column only, so 2021–2024 keep their years, and the
    comparisons are kept beside the values, not read as the municipality's 2025."""
    from tests.pdf_writer import write_report_pdf

    from desktop.ingest.pipeline import extract_file

    path = write_report_pdf(
        "Verksamhetsberättelse 2025\n\nKulturnämnden, Karlskrona kommun\n\n"
        "Bilaga 1 Nyckeltal i jämförelse\n\n"
        "\t\t\t\t\t\tRiket\tKommungrupp\n"
        "Nyckeltal\t2021\t2022\t2023\t2024\t2025\t2025\t2025\n"
        "Besök i folkbibliotek, antal/inv\t3,2\t4,8\t5,6\t6,0\t6,3\t4,9\t5,2\n"
        "Utlån allmänna bibliotek, antal/inv\t4,9\t5,1\t5,0\t5,2\t5,3\t5,6\t5,4\n",
        tmp_path / "jamforelse.pdf",
    )
    kpis = extract_file(path).kpis
    assert [(k.name, k.values) for k in kpis] == [
        ("Besök i folkbibliotek, antal/inv",
         {"2021": 3.2, "2022": 4.8, "2023": 5.6, "2024": 6.0, "2025": 6.3}),
        ("Utlån allmänna bibliotek, antal/inv",
         {"2021": 4.9, "2022": 5.1, "2023": 5.0, "2024": 5.2, "2025": 5.3}),
    ]  # fmt: skip
    assert kpis[0].other_columns == {"Riket 2025": 4.9, "Kommungrupp 2025": 5.2}


def test_goals_assessed_by_a_tick_a_tilde_a_cross_or_a_dash_the_legend_explains() -> None:
    assert _goals_of(
        "Verksamhetsberättelse 2025\n\nKulturnämnden, Karlskrona kommun\n\nNämndens mål\n\n"
        "Nämndmål\tIndikator\tUtfall 2025\tMålvärde 2025\tStatus\n"
        "Fler invånare ska ta del av kulturlivet\tBesök på folkbiblioteken\t421 900\t410 000\t✓\n"
        "Barn och unga ska delta i kulturskolan\tElever i kulturskolan\t1 705\t1 700\t~\n"
        "Det digitala kulturutbudet ska utvecklas\tDigitala programpunkter\t38\t60\t✗\n"
        "Invånarna ska vara nöjda med kulturutbudet\tNöjd Medborgar-Index\t–\t63\t–\n\n"
        "✓ = uppfyllt, ~ = delvis uppfyllt, ✗ = ej uppfyllt, – = ej bedömt\n"
    ) == [
        ("Fler invånare ska ta del av kulturlivet", "achieved"),
        ("Barn och unga ska delta i kulturskolan", "partly"),
        ("Det digitala kulturutbudet ska utvecklas", "not_achieved"),
        ("Invånarna ska vara nöjda med kulturutbudet", "unassessed"),
    ]


def test_a_terse_month_report_read_by_its_abbreviations(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every heading abbreviated ("Bu 2026 | Utf. jan–okt | Progn. 2026 | Avv. (tkr)"),
    days as "12,5 d", and forecast codes a footnote explains ("DU = delvis uppnås")."""
    from tests.pdf_writer import write_report_pdf

    from desktop.ingest.pipeline import extract_file

    path = write_report_pdf(
        "Månadsrapport oktober 2026\n\nStenungsunds kommun · Socialnämnden\n\n"
        "Tab. 1 Driftredovisning, nettokostnad\n\n"
        "Verks.\tBu 2026\tUtf. jan–okt\tProgn. 2026\tAvv. (tkr)\n"
        "IFO barn o unga\t68 500\t61 230\t73 400\t-4 900\n"
        "Summa SN\t298 400\t253 080\t305 200\t-6 800\n\n"
        "Tab. 2 Nyckeltal\n\n"
        "Nyckeltal\tUtf. okt 2025\tUtf. okt 2026\tMål 2026\n"
        "Handläggningstid ek. bistånd (median)\t12,5 d\t9,8 d\t≤ 10 d\n"
        "Sjukfrånvaro, ack. jan–okt\t8,9%\t7,6%\t≤ 7,5%\n\n"
        "Nämndens mål\n\n"
        "Mål\tProgn.\n"
        "Fler hushåll ska nå egen försörjning\tDU\n"
        "Barn och unga ska få en snabb handläggning\tEU\n"
        "Placeringar ska i första hand ske i familjehem\tU\n\n"
        "Progn. helår: U = uppnås, DU = delvis uppnås, EU = ej uppnås.\n",
        tmp_path / "kortfattad.pdf",
    )
    report = extract_file(path)
    rows = report.finance.by_unit or report.finance.income_statement
    assert [(r.label, r.columns["Avv. (tkr)"]) for r in rows] == [
        ("IFO barn o unga", -4900),
        ("Summa SN", -6800),
    ]
    assert [(k.name, k.values) for k in report.kpis] == [
        ("Handläggningstid ek. bistånd (median)", {"2025": 12.5, "2026": 9.8}),
        ("Sjukfrånvaro, ack. jan–okt", {"2025": 8.9, "2026": 7.6}),
    ]
    assert [g.status for g in report.goals] == [
        "partly",
        "expected_not_achieved",
        "expected_achieved",
    ]


def test_a_text_tables_headings_run_together_still_head_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Progn.*" and "Kommentar" set so close they read as one cell over a narrow status
    column and its comment: still the table's heading, so its first row is a goal."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "rubriker.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(62, 790, "Månadsrapport oktober 2026, Socialnämnden, Stenungsunds kommun")
    pdf.drawString(62, 760, "Nämndens mål")
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(65, 740, "Mål")
    pdf.drawString(254, 740, "Progn.*")
    pdf.drawString(286, 740, "Kommentar")
    pdf.setFont("Helvetica", 8)
    rows = [
        ("Fler hushåll ska nå egen försörjning", "DU", "Fler avslut till arbete men fler hushåll."),
        (
            "Barn och unga ska få en snabb handläggning",
            "EU",
            "Två vakanta tjänster sedan september.",
        ),
        ("Placeringar ska i första hand ske i familjehem", "U", "Fem nya familjehem under hösten."),
    ]
    for n, (goal, code, comment) in enumerate(rows):
        y = 724 - 16 * n
        pdf.drawString(65, y, goal)
        pdf.drawString(262, y, code)
        pdf.drawString(286, y, comment)
    pdf.drawString(62, 660, "* Progn. helår: U = uppnås, DU = delvis uppnås, EU = ej uppnås.")
    pdf.save()
    assert [(g.title, g.status) for g in extract_file(path).goals] == [
        ("Fler hushåll ska nå egen försörjning", "partly"),
        ("Barn och unga ska få en snabb handläggning", "expected_not_achieved"),
        ("Placeringar ska i första hand ske i familjehem", "expected_achieved"),
    ]


def test_a_group_row_across_a_goal_table_and_an_assessment_wrapped_in_its_cell(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Målområde 1: …" printed across the table does not join its columns into one, and
    "Uppnås" over "delvis" in a narrow column is one assessment, "Uppnås delvis"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "malomrade.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(65, 790, "Delårsrapport januari–augusti 2026, Socialnämnden, Vänersborgs kommun")
    pdf.drawString(65, 760, "Nämndens mål")
    pdf.setFont("Helvetica-Bold", 8)
    for x, text in ((69, "Mål"), (185, "Indikatorer"), (283, "Prognos"), (339, "Kommentar")):
        pdf.drawString(x, 740, text)
    pdf.setFont("Helvetica", 8)
    y = 722.0
    rows = [
        (None, "Målområde 1: Barn och unga ska ha trygga uppväxtvillkor i hela kommunen"),
        (["Barn och unga som behöver", "stöd ska få rätt insats"], ["• Vårddygn på HVB", "för barn"],
         ["Uppnås", "delvis"], ["Öppenvården har tagit emot 214", "familjer, fler än tidigare."]),
        (["Utredningar ska vara", "avslutade i tid"], ["• Andel utredningar", "inom fyra månader"],
         ["Uppnås"], ["91 procent avslutades inom", "fyra månader."]),
        (None, "Målområde 2: Vuxna ska få stöd till ett självständigt liv i egen bostad"),
        (["Fler vuxna ska gå vidare", "till arbete eller studier"], ["• Hushåll med", "bistånd"],
         ["Uppnås inte"], ["Arbetsmarknaden har försvagats", "under året."]),
    ]  # fmt: skip
    for row in rows:
        if row[0] is None:
            pdf.drawString(69, y, row[1])
            y -= 18
            continue
        for column, x in zip(row, (69, 185, 283, 339), strict=True):
            for k, text in enumerate(column):
                pdf.drawString(x, y - 11 * k, text)
        y -= 11 * max(len(c) for c in row) + 8
    pdf.save()
    goals = extract_file(path).goals
    assert [(g.title, g.status, g.hierarchy) for g in goals] == [
        ("Barn och unga som behöver stöd ska få rätt insats", "partly",
         ["Barn och unga ska ha trygga uppväxtvillkor i hela kommunen"]),
        ("Utredningar ska vara avslutade i tid", "expected_achieved",
         ["Barn och unga ska ha trygga uppväxtvillkor i hela kommunen"]),
        ("Fler vuxna ska gå vidare till arbete eller studier", "expected_not_achieved",
         ["Vuxna ska få stöd till ett självständigt liv i egen bostad"]),
    ]  # fmt: skip


def test_a_goal_tables_inner_list_and_a_title_broken_off_after_och(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An indicator column listing "• …" items, one alone on its line below the row's
    other cells, keeps the table going; and a title that breaks off after "och" goes on
    on the next line, capitalised ("… från socialtjänsten och" / "Västra Götaland")."""
    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "lista.pdf"
    pdf = _report_page(path, "Delårsrapport januari–augusti 2026",
                       "Socialnämnden, Vänersborgs kommun", "Nämndens mål")  # fmt: skip
    pdf.setFont("Helvetica-Bold", 8)
    for x, text in ((69, "Mål"), (185, "Indikatorer"), (283, "Prognos"), (339, "Kommentar")):
        pdf.drawString(x, 710, text)
    pdf.setFont("Helvetica", 8)
    rows = [  # one printed line each: (goal, indicator, forecast, comment)
        ("Personer med missbruk", "• Väntetid till", "Uppnås", "Väntetiden har kortats."),
        ("ska få stöd av länet och", "behandling", "", "Avtalet omförhandlas."),
        ("Västra Götalandsregionen", "• Andel med plan", "", ""),
        ("", "• Andel som fullföljer", "", ""),
        ("Våldsutsatta ska få stöd", "• Andel stödsamtal", "Uppnås", "Alla fick plats."),
        ("Nämnden ska ha balans", "• Budgetavvikelse", "Uppnås inte", "Underskott."),
    ]
    for n, row in enumerate(rows):
        for x, text in zip((69, 185, 283, 339), row, strict=True):
            pdf.drawString(x, 694 - 11 * n, text)
    pdf.save()
    assert [(g.title, g.status) for g in extract_file(path).goals] == [
        ("Personer med missbruk ska få stöd av länet och Västra Götalandsregionen",
         "expected_achieved"),
        ("Våldsutsatta ska få stöd", "expected_achieved"),
        ("Nämnden ska ha balans", "expected_not_achieved"),
    ]  # fmt: skip


def test_the_ticked_box_among_printed_alternatives_is_the_assessment() -> None:
    """A Word template's checkboxes print every alternative; only the ticked one counts,
    and a yes/no box under the goal is no assessment."""
    assert _goals_of(
        "Delårsrapport januari–augusti 2026\n\nSocialnämnden, Sjöbo kommun\n\nMåluppfyllelse\n\n"
        "Nämndmål 1\tÄldre personer med hemtjänst ska känna sig trygga\n"
        "Bedömning\t☐ Uppnås ☒ Uppnås delvis ☐ Uppnås inte\n"
        "Analys\tBrukarundersökningen visar att fler känner sig trygga.\n"
        "Åtgärder krävs\t☐ Ja ☒ Nej\n\n"
        "Nämndmål 2\tBarn och unga som utreds ska få beslut inom lagstadgad tid\n"
        "Bedömning\t☐ Uppnås ☐ Uppnås delvis ☒ Uppnås inte\n"
        "Analys\tFärre utredningar avslutades inom 120 dagar än i fjol.\n"
    ) == [
        ("Äldre personer med hemtjänst ska känna sig trygga", "partly"),
        ("Barn och unga som utreds ska få beslut inom lagstadgad tid", "expected_not_achieved"),
    ]


def test_a_goal_headings_number_and_label_and_an_assessment_opening_a_paragraph() -> None:
    """ "2.1 Mål: …" is titled without its number and its label; "Bedömning: Delvis
    uppfyllt. Målvärdet …" assesses the goal though a sentence follows the status."""
    from desktop.ingest.readers.goals.assessment import _assessment_line
    from desktop.ingest.readers.goals.common import goal_title

    assert goal_title("2.1 Mål: Handläggningen ska gå snabbare") == "Handläggningen ska gå snabbare"
    assert goal_title("Mål 3: Tillsynen ska öka") == "Tillsynen ska öka"
    assert goal_title("Mål för nämnden") == "Mål för nämnden"
    found = _assessment_line("Bedömning: Delvis uppfyllt. Målvärdet nåddes inte.", {}, False)
    assert found == ("partly", "Delvis uppfyllt")


@pytest.mark.parametrize(
    ("heading", "status"),
    [
        ("Mål som bedöms uppnås", "expected_achieved"),
        ("Mål som bedöms delvis uppnås", "partly"),
        ("Mål som inte har uppnåtts", "not_achieved"),
        ("Delvis uppfyllda mål", "partly"),
        ("Uppnådda mål", "achieved"),
        ("Nämndens mål", None),
        ("Mål som nämnden följer upp", None),
    ],
)
def test_a_heading_that_assesses_the_goals_listed_under_it(
    heading: str, status: str | None
) -> None:
    from desktop.ingest.readers.goals.list_items import group_status

    found = group_status(heading, {}, interim=True)
    assert (found[0] if found else None) == status


def test_values_with_a_trend_arrow_and_last_years_in_parentheses() -> None:
    """A value printed with the way it went ("87 % ↑") is the value; a column "Jan–aug 2026
    (2025)" of cells "412 (398)" gives both years."""
    from desktop.ingest.readers.kpis import layout_kpis
    from desktop.ingest.readers.numbers import parse_number

    assert parse_number("87 % ↑") == 87
    assert parse_number("1 046 →") == 1046
    table = Table(
        "",
        ["Volym", "Jan–aug 2026 (2025)", "Förändring"],
        [
            ["Personer med hemtjänst", "412 (398)", "+3,5 %"],
            ["Platser i trygghetsboende", "24 (–)", "–"],
        ],
        0,
        3,
        layout=True,
    )
    kpis = {k.name: k.values for k in layout_kpis(table, 0, "Tabell 2. Volymer")}
    assert kpis == {"Personer med hemtjänst": {"2026": 412, "2025": 398},
                    "Platser i trygghetsboende": {"2026": 24}}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Antal personal som en hemtjänsttagare möter under 14 dagar", "count"),
        ("Antal dagar till beslut", "days"),
        ("Personalkontinuitet i hemtjänsten, antal personal på 14 dagar", "count"),
        ("Hemtjänsttagare som möter högst tio personal på 14 dagar", "other"),
        ("Väntetid till särskilt boende, dagar", "days"),
        ("Antal vårddygn på HVB", "count"),
        ("Andel beslut inom 14 dagar", "percent"),
    ],
)
def test_a_kpis_unit_from_its_name(name: str, unit: str) -> None:
    """A count of people over a span of days is a count, not days."""
    from desktop.ingest.readers.kpis import unit_of

    assert unit_of(name) == unit


def test_a_units_power_ending_a_kpi_name_is_no_footnote_mark() -> None:
    """ "kWh/m²" and "m²" keep their power; "Nöjda brukare¹" loses its footnote mark."""
    table = Table(
        "",
        ["Nyckeltal", "2025", "2026"],
        [
            ["Energianvändning i lokaler, kWh/m²", "142", "138"],
            ["Tomma lokaler, m²", "1 250", "980"],
            ["Nöjda brukare¹", "81", "84"],
        ],
        layout=True,
    )
    assert [k.name for k in layout_kpis(table, 0, "Nyckeltal")] == [
        "Energianvändning i lokaler, kWh/m²",
        "Tomma lokaler, m²",
        "Nöjda brukare",
    ]


def test_official_statistics_signs_in_a_kpi_table() -> None:
    """SCB's conventions: ".." and "." are no figure, "0" is the value 0, a letter after a
    figure marks it preliminary or revised ("88,0 p", "1 441 r") and the year "2025p" is
    a year of preliminary figures; a footnote mark "¹⁾" leaves the name and the value."""
    table = Table(
        "",
        ["Nyckeltal", "2023", "2024", "2025p"],
        [
            ["Andel inskrivna barn¹⁾", "86,4", "87,1", "88,0 p"],
            ["Elever i grundskola", "1 428", "1 441 r", ".."],
            ["Trygga elever, %", "92²⁾", ".", "0"],
        ],
        layout=True,
    )
    kpis = {k.name: k.values for k in layout_kpis(table, 0, "Nyckeltal")}
    assert kpis == {
        "Andel inskrivna barn": {"2023": 86.4, "2024": 87.1, "2025": 88.0},
        "Elever i grundskola": {"2023": 1428, "2024": 1441},
        "Trygga elever, %": {"2023": 92, "2025": 0},
    }


def test_a_kpis_years_printed_over_two_pages_are_one_kpi() -> None:
    """A spreadsheet too wide for its page prints the names again at left with the later
    years on the next page, under one caption: each name is one KPI with every year and
    the target. The same row printed twice, or a name in another table, stays apart."""
    from desktop.ingest.model import Kpi
    from desktop.ingest.pipeline import _joined

    caption = "Tabell 2. Nyckeltal 2018–2025"
    kpis = _joined(
        [
            Kpi("Behöriga till yrkesprogram, %", caption, "percent", {"2018": 79.8, "2019": 81.0}),
            Kpi("Meritvärde åk 9", caption, "other", {"2018": 221.0, "2019": 219.5}),
            Kpi("Behöriga till yrkesprogram, %", caption, "percent", {"2024": 83.1, "2025": 84.0},
                target=85.0, target_raw="85"),
            Kpi("Meritvärde åk 9", caption, "other", {"2018": 221.0, "2019": 219.5}),
            Kpi("Meritvärde åk 9", "Tabell 3", "other", {"2024": 224.0}),
        ]
    )  # fmt: skip
    assert [(k.name, k.table, k.values, k.target) for k in kpis] == [
        ("Behöriga till yrkesprogram, %", caption,
         {"2018": 79.8, "2019": 81.0, "2024": 83.1, "2025": 84.0}, 85.0),
        ("Meritvärde åk 9", caption, {"2018": 221.0, "2019": 219.5}, None),
        ("Meritvärde åk 9", caption, {"2018": 221.0, "2019": 219.5}, None),
        ("Meritvärde åk 9", "Tabell 3", {"2024": 224.0}, None),
    ]  # fmt: skip


def test_a_scorecards_one_word_goals_are_goals_and_other_short_headings_are_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Trygghet" set as a heading under "Måluppfyllelse", its assessment on the line
    below, is a goal however short; "Bakgrund" and "Personal" in the same style are not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "styrkort.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(
        60, 780, "Verksamhetsberättelse 2025 Barn- och utbildningsnämnden Exempelby kommun"
    )
    y = 740.0
    parts = [
        (14, "Bakgrund", None),
        (14, "Måluppfyllelse", None),
        (12, "Trygghet", "Måluppfyllelse: Uppfyllt"),
        (12, "Hälsa", "Måluppfyllelse: Ej uppfyllt"),
        (14, "Personal", None),
    ]
    for size, heading, assessment in parts:
        y -= 30
        pdf.setFont("Helvetica-Bold", size)
        pdf.drawString(60, y, heading)
        pdf.setFont("Helvetica", 10)
        for line in [assessment] if assessment else []:
            y -= 16
            pdf.drawString(60, y, line)
        y -= 14
        pdf.drawString(
            60, y, "Verksamheten har under året arbetat vidare med de beslutade insatserna."
        )
    pdf.save()
    assert [(g.title, g.status) for g in extract_file(path).goals] == [
        ("Trygghet", "achieved"),
        ("Hälsa", "not_achieved"),
    ]


def test_school_years_are_keyed_by_their_spring_and_terms_are_no_years() -> None:
    """ "Läsår 2024/25" is the school year whose results come in 2025; "VT 2025 | HT 2025"
    are two terms of one year, neither the year's value."""
    school = Table(
        "",
        ["Nyckeltal", "Läsår 2022/23", "Läsår 2023/24", "Läsår 2024/25", "Målvärde"],
        [["Behöriga till yrkesprogram, %", "81,7", "80,2", "84,6", "≥ 85"]],
        layout=True,
    )
    terms = Table(
        "",
        ["Nyckeltal", "VT 2024", "HT 2024", "VT 2025", "HT 2025"],
        [["Närvaro i grundskolan, %", "91,9", "92,4", "91,6", "92,0"]],
        layout=True,
    )
    [kpi] = layout_kpis(school, 0, "Nyckeltal")
    assert kpi.values == {"2023": 81.7, "2024": 80.2, "2025": 84.6}
    assert all(not k.values for k in layout_kpis(terms, 0, "Nyckeltal"))


def test_columns_headed_by_dates_give_a_years_whole_before_a_part_of_it() -> None:
    """ "2025-08-31 | 2025-12-31 | 2026-08-31": last year's interim value, its full year,
    and this year's interim value. 2025 is the full year; 2026 is the year up to August."""
    table = Table(
        "",
        ["Nyckeltal", "2025-08-31", "2025-12-31", "2026-08-31", "Mål 2026"],
        [["Antal vårddygn på korttidsboende", "4 120", "6 240", "4 310", "–"]],
        layout=True,
    )
    [kpi] = layout_kpis(table, 0, "Nyckeltal")
    assert kpi.values == {"2025": 6240, "2026": 4310}
    assert kpi.period_note == "t.o.m. aug"


def test_a_goals_title_in_a_second_language_is_not_the_goal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A bilingual report sets each Swedish goal heading over its Finnish translation and
    then the assessment: the goal is the Swedish heading, and the Finnish lines are its
    text, never a goal of their own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "tvasprakig.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(
        60, 780, "Verksamhetsberättelse 2025 Barn- och utbildningsnämnden Haparanda stad"
    )
    pdf.drawString(60, 740, "Måluppfyllelse")
    y = 720.0
    for swedish, finnish, status in (
        ("Barn och unga ska känna sig trygga i skolan",
         "Lasten ja nuorten tulee tuntea olonsa turvalliseksi koulussa", "Delvis uppfyllt"),
        ("Andelen behöriga lärare ska öka",
         "Pätevien opettajien osuuden tulee kasvaa", "Uppfyllt"),
    ):  # fmt: skip
        y -= 26
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(60, y, swedish)
        y -= 16
        pdf.setFont("Helvetica-Oblique", 11)
        pdf.drawString(60, y, finnish)
        pdf.setFont("Helvetica", 10)
        y -= 16
        pdf.drawString(60, y, f"Bedömning: {status}")
        y -= 14
        pdf.drawString(
            60, y, "Verksamheten har under året arbetat vidare med de beslutade insatserna."
        )
    pdf.save()
    assert [(g.title, g.status) for g in extract_file(path).goals] == [
        ("Barn och unga ska känna sig trygga i skolan", "partly"),
        ("Andelen behöriga lärare ska öka", "achieved"),
    ]

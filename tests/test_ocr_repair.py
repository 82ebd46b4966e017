"""OCR repair of the 2024 report: Swedish spelling restored, clean text untouched."""

from __future__ import annotations

import pytest
from tests.conftest import SEEDS

from desktop.ingest.pipeline import extract_file
from desktop.ingest.readers.ocr_repair import looks_damaged, repair_text, repair_word


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_only_the_ocrd_report_looks_damaged(key: str) -> None:
    assert looks_damaged(SEEDS[key].read_text(encoding="utf-8")) == (key == "hbg2024")


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [("Malanalys", "Målanalys"), ("6kad", "ökad"), ("ndmnden", "nämnden"), ("socialfdrvaltningen", "socialförvaltningen"),
     ("Aret", "Året"), ("Beddmning", "Bedömning"), ("maluppfyllelse", "måluppfyllelse"), ("Uppnatt", "Uppnått"),
     ("fér", "för"), ("Hir", "Här"), ("foérvaltningens", "förvaltningens"), ("mojliggora", "möjliggöra")],
)  # fmt: skip
def test_words(damaged: str, repaired: str) -> None:
    assert repair_word(damaged) == repaired


def test_an_o_read_twice_at_a_words_start_is_one() -> None:
    text, _ = repair_text("O6versikt over o6ppenvarden och 2O6 rum")
    assert text == "Översikt över öppenvården och 2O6 rum"


def test_valid_words_and_numbers_are_kept() -> None:
    for word in ("dag", "insatser", "sitt", "Inte", "barn"):
        assert repair_word(word) == word
    text, _ = repair_text("Utfall 2024 3 080 12,6 % 6kad")
    assert text == "Utfall 2024 3 080 12,6 % ökad"


def test_clean_report_is_not_changed() -> None:
    text = SEEDS["hbg2021"].read_text(encoding="utf-8")
    assert extract_file(SEEDS["hbg2021"]).text.count("\n") == text.replace("\r\n", "\n").count("\n")
    assert not looks_damaged(text)


def test_2024_goals_and_kpis_come_out_in_swedish() -> None:
    raw = SEEDS["hbg2024"].read_text(encoding="utf-8")
    report = extract_file(SEEDS["hbg2024"])
    assert report.text.count("\n") == raw.count("\n")  # line numbers stay valid
    assert report.title == "Årsbokslut inriktning, mål och ekonomi 2024"
    assert [(g.status, g.status_raw) for g in report.goals] == [
        ("achieved", "Uppnått"),
        ("not_achieved", "Inte uppnått"),
    ]
    assert report.goals[0].title.startswith(
        "Under 2024 ska antalet insatser utan föregående individuell behovsprövning öka"
    )
    names = {k.name for k in report.kpis}
    assert (
        "Andel barn placerade i jourhem, med behov av familjehem, som erhåller ett familjehem inom högst 6 månader, procent"
        in names
    )
    assert "Genomsnittlig väntetid från ansökan till beslut om insats, antal dagar" in names
    assert "Antal unika individer som kommer till socialförvaltningen" in names
    assert any("OCR" in w for w in report.warnings)


def test_neighbouring_words_decide_between_real_words() -> None:
    # "ar", "in" and "vara" are all words; the clean reports say "per år", "mer än", "våra insatser"
    text, _ = repair_text("3700 insatser per ar. Med mer in 15 % som tar del av vara insatser.")
    assert text == "3700 insatser per år. Med mer än 15 % som tar del av våra insatser."
    text, _ = repair_text("jourhemsplaceringar. Hir pagar ett arbete")  # "placeringar har" is
    assert (
        text == "jourhemsplaceringar. Här pågår ett arbete"
    )  # common, but a full stop ends context


def test_a_word_between_neighbours_the_clean_reports_never_print_keeps_its_own_reading() -> None:
    from desktop.ingest.readers.ocr_repair import _context, repair_word

    assert "per" in _context().lefts  # "per år": the pairs' neighbours are what is asked first
    alone = repair_word("ar")
    text, _ = repair_text("2024 ar 2025")  # numbers stand beside no spelling of "ar"
    assert text == f"2024 {alone} 2025"


def test_the_neighbour_before_is_the_word_before_the_spaces_or_the_line_end() -> None:
    from desktop.ingest.readers.ocr_repair import _word_before

    text = "mer  in\nper \nar, x"
    assert _word_before(text, text.index("in")) == "mer"  # only spaces between
    assert _word_before(text, text.index("ar")) == "per"  # the line before, spaces before its end
    assert _word_before(text, text.index("per")) == ""  # a bare line end: no space, no neighbour
    assert _word_before(text, text.index("x")) == ""  # a comma between
    long_word = "a" * 50 + " b"
    assert _word_before(long_word, len(long_word) - 1) == "a" * 39  # within 40 characters


def test_kpi_names_too_damaged_for_word_repair_take_the_clean_spelling() -> None:
    names = [k.name for k in extract_file(SEEDS["hbg2024"]).kpis]
    assert "Idéer mottagna i förvaltningens innovationsråd" in names  # "Idegr ... oforvaltnlngens"
    assert "Uppskalningar (används även utanför testgruppen)" in names  # "Uppslfalnmgar"
    assert "Genomsnittlig väntetid från anmälan till beslut om insats, antal dagar" in names
    assert "Genomsnittlig väntetid från ansökan till beslut om insats, antal dagar" in names


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [("niamnden", "nämnden"), ("fraimst", "främst"), ("tillgidnglighet", "tillgänglighet"),
     ("invadnarna", "invånarna"), ("bemd&tande", "bemötande"), ("socialnzmnden", "socialnämnden")],
)  # fmt: skip
def test_two_glyphs_read_for_one_letter(damaged: str, repaired: str) -> None:
    assert repair_word(damaged) == repaired


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [("valdsforebyggande", "våldsförebyggande"), ("dygnsvard", "dygnsvård"), ("riktvardet", "riktvärdet"),
     ("skolfranvaron", "skolfrånvaron"), ("utbildningsndmnden", "utbildningsnämnden"),
     ("remissférfarande", "remissförfarande"), ("mobelinkép", "möbelinköp")],
)  # fmt: skip
def test_compounds_no_dictionary_lists_are_repaired_part_by_part(
    damaged: str, repaired: str
) -> None:
    assert repair_word(damaged) == repaired


def test_compounds_and_names_that_are_fine_are_left_alone() -> None:
    for word in ("tillitsskapande", "medskapande", "Familjecentralernas", "Palmkvistskolan"):
        assert repair_word(word) == word


def test_a_word_broken_at_a_line_end_is_repaired_whole() -> None:
    # "rade" alone would become "råde"; "social-/tjdnstlagen" needs both halves to be read
    text, _ = repair_text(
        "hur det har gatt med den plane-\nrade insatsen enligt social-\ntjdnstlagen."
    )
    assert text == "hur det har gått med den plane-\nrade insatsen enligt social-\ntjänstlagen."
    text, _ = repair_text("ett gott mote-\nsklimat och vard- och omsorg")  # a real hyphen stays
    assert text.endswith("vård- och omsorg")

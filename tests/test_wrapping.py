"""Running text mended from the report's lines: hyphenation, bullets, page breaks."""

from __future__ import annotations

from tests.conftest import SEEDS

from desktop.ingest.pipeline import extract_file
from desktop.ingest.readers.paragraphs import join_lines


def test_a_word_hyphenated_at_a_line_end_is_joined() -> None:
    assert join_lines(["inom barn, unga och familj al-", "ternativt inom"]) == (
        "inom barn, unga och familj alternativt inom"
    )


def test_a_hyphen_that_shares_a_word_or_joins_an_abbreviation_stays() -> None:
    assert (
        join_lines(["inom individ-", "och familjeomsorgen"]) == "inom individ- och familjeomsorgen"
    )
    assert join_lines(["digitala e-", "tjänster och FN-", "konventionen"]) == (
        "digitala e-tjänster och FN-konventionen"
    )


def test_bullets_keep_a_line_each() -> None:
    assert join_lines(["åtgärder:", "• Vi vill formera oss", "• Vi vill utveckla kulturen"]) == (
        "åtgärder:\n• Vi vill formera oss\n• Vi vill utveckla kulturen"
    )


def test_the_2023_report_reads_as_written() -> None:
    text = "\n\n".join(s.text for s in extract_file(SEEDS["hbg2023"]).sections)
    assert "unga och familj alternativt inom vuxenverksamheten" in text  # "al-" / "ternativt"
    assert "al- ternativt" not in text
    assert "\n• Vi vill utveckla styrning och kvalitetsarbetet\n" in text
    # the page break between "konsu-" and "lentstödda" does not split the paragraph
    assert "minskad kostnad för konsulentstödda familjehem" in text

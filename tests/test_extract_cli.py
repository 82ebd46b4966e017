"""`namndlasaren extract` on the five seeds and on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import REPORTS_DIR, SEEDS

MANIFEST = {
    e["file"]: e for e in json.loads((REPORTS_DIR / "manifest.json").read_text())["reports"]
}


def extract(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "extract", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_metadata_read_from_content_matches_the_manifest(key: str, tmp_path: Path) -> None:
    # copied under a meaningless name: metadata must come from the text, not the file name
    path = tmp_path / "rapport.txt"
    path.write_bytes(SEEDS[key].read_bytes())
    result = extract(path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = MANIFEST[SEEDS[key].name]
    for field in ("municipality", "committee", "report_type", "period", "title"):
        assert data[field] == expected[field], field


@pytest.mark.parametrize(
    ("key", "headings"),
    [
        ("hbg2021", ["Nämndens mål", "Nyckeltal för nämndens uppdrag och inriktning", "Ekonomiskt utfall",
                     "Ekonomiskt utfall per verksamhet"]),
        ("hbg2017", ["Nämndens styrkort", "Invånare", "Ekonomiskt utfall", "Årets resultat, tkr"]),
        ("hud2021", ["Sammanfattning", "Nämndens mål", "Ekonomi", "Plan för intern kontroll"]),
        ("hbg2023", ["Nämndens mål", "Nyckeltal för nämndens uppdrag och inriktning", "Helårsprognos",
                     "Investeringar", "Ekonomiskt utfall per verksamhet"]),
        ("hbg2024", ["Nämndens mål", "Nyckeltal för nämndens uppdrag och inriktning", "Ekonomiskt utfall",
                     "Kommentar till årets resultat", "Ekonomiskt utfall per verksamhet"]),
    ],
)  # fmt: skip
def test_outline_headings_present(key: str, headings: list[str]) -> None:
    data = json.loads(extract(SEEDS[key]).stdout)
    found = [s["heading"] for s in data["sections"]]
    for heading in headings:
        assert heading in found


@pytest.mark.parametrize("key", ["hbg2023", "hbg2024"])
def test_without_a_table_of_contents_labels_and_table_lines_are_no_headings(key: str) -> None:
    # the parts of a goal ("Målanalys", "Uppnått"), a wrapped KPI label of a space-laid
    # table ("Genomsnittlig väntetid från") and a list whose bullets the scan lost
    found = [s["heading"] for s in json.loads(extract(SEEDS[key]).stdout)["sections"]]
    for label in ("Målanalys", "Bedömning måluppfyllelse", "Uppnått", "Genomsnittlig väntetid från",
                  "Andel ansökningar av det", "Kärnuppdraget är utgångspunkten", "Utfall"):  # fmt: skip
        assert label not in found


def test_cp1252_file_extracts_like_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(SEEDS["hbg2021"].read_text(encoding="utf-8").encode("cp1252"))
    assert (
        json.loads(extract(path).stdout)["sections"]
        == json.loads(extract(SEEDS["hbg2021"]).stdout)["sections"]
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "tom"),
        (b"\x00\x01\x02binary\x00" * 100, "inte text"),
        (bytes(range(128, 256)) * 4000, "teckenkodning"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_file(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "dålig.txt"
    path.write_bytes(content)
    result = extract(path)
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and problem in line


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "enorm.txt"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    result = extract(path)
    assert result.returncode == 2 and "för stor" in result.stderr


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "finns inte" in extract(tmp_path / "saknas.txt").stderr
    assert extract(tmp_path).returncode == 2


def test_import_of_a_bad_file_leaves_library_unchanged(library_home: Path, tmp_path: Path) -> None:
    from desktop.store.library import open_library

    before = (
        open_library(library_home / "library.db")
        .execute("SELECT count(*) FROM reports")
        .fetchone()[0]
    )
    bad = tmp_path / "tom.txt"
    bad.write_bytes(b"")
    good = tmp_path / "ny.txt"
    good.write_bytes(SEEDS["hbg2021"].read_bytes() + "\nRättad version\n".encode())
    result = subprocess.run([sys.executable, "-m", "desktop", "import", str(bad), str(good), str(SEEDS["hbg2017"])],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 2
    assert f"{bad}: filen är tom" in result.stderr
    assert "importerad: ny.txt" in result.stdout
    assert (
        "finns redan i biblioteket: helsingborg-socialnamnden-arsbokslut-2017.txt" in result.stdout
    )
    after = (
        open_library(library_home / "library.db")
        .execute("SELECT count(*) FROM reports")
        .fetchone()[0]
    )
    assert after == before + 1

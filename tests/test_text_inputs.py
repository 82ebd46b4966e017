"""Report texts as they arrive (issue 14, points 5, 6 and 9 for text files).

Before: a UTF-16 .txt was "binärt innehåll", NUL bytes after the first 64 KB went into
the stored text, a 49 MB text was accepted and then hung the reader, one unreadable file
stopped a whole `import` batch with a traceback, and a second import at the same time died
with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import SEEDS
from tests.fs_helpers import obeying_permissions

from desktop.errors import IngestError
from desktop.ingest.pipeline import extract_file
from desktop.store import queries
from desktop.store.library import open_library
from desktop.textfiles import MAX_TEXT_CHARS

SEED = SEEDS["hbg2021"].read_text(encoding="utf-8")


def cli(home: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120, **kwargs)  # type: ignore[call-overload]  # fmt: skip


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_reports_read_like_utf8(tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"rapport-{codec}.txt"
    path.write_bytes(SEED.encode(codec))
    report = extract_file(path)
    reference = extract_file(SEEDS["hbg2021"])
    assert [(s.heading, s.text) for s in report.sections] == [
        (s.heading, s.text) for s in reference.sections
    ]
    assert report.goals[0].title == reference.goals[0].title


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ((SEED * 3).encode() + b"\x00" + SEED.encode(), "NUL-tecken på rad 1"),
        ((SEED + "\x00").encode("utf-16"), "NUL-tecken på rad"),
        (b"\xff\xfe" + SEED.encode("utf-16-le")[:-1], "teckenkodning"),
        ((SEED + "\n" + "x" * 30_000 + "\n").encode(), "en rad är för lång (30 000 tecken"),
        ((SEED * (MAX_TEXT_CHARS // len(SEED) + 1)).encode(), "texten är för lång för läsaren"),
    ],
)
def test_text_that_is_not_a_report_is_refused_in_one_line(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    path = tmp_path / "rapport.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        extract_file(path)
    assert problem in str(caught.value) and str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_nul_line_number_is_the_one_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rapport.txt"
    path.write_bytes((SEED + "\nrad med \x00 i\n").encode())
    with pytest.raises(IngestError, match=f"NUL-tecken på rad {SEED.count(chr(10)) + 2}"):
        extract_file(path)


def test_the_limit_leaves_room_for_every_bundled_report() -> None:
    longest = max(len(path.read_text(encoding="utf-8")) for path in SEEDS.values())
    assert longest * 3 < MAX_TEXT_CHARS


def test_batch_import_reads_every_file_and_names_each_bad_one(
    library_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "filer"
    folder.mkdir()
    good = folder / "ny-2021.txt"
    good.write_text(SEED.replace("Under hösten", "Under den gångna hösten"), encoding="utf-8")
    unreadable = folder / "oläsbar.txt"
    unreadable.write_text(SEED, encoding="utf-8")
    unreadable.chmod(0)
    binary = folder / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 100)
    good2 = folder / "utf16.txt"
    good2.write_bytes(SEED.replace("Under hösten", "Under våren").encode("utf-16"))
    before = len(queries.list_reports(open_library(library_home / "library.db")))

    result = cli(library_home, "import", str(good), str(unreadable), str(binary), str(good2),
                 **obeying_permissions())  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in result.stderr
    assert "oläsbar.txt: kan inte läsas" in lines[0] and "bild.txt: filen är inte text" in lines[1]
    assert "importerad: ny-2021.txt" in result.stdout and "importerad: utf16.txt" in result.stdout
    assert len(queries.list_reports(open_library(library_home / "library.db"))) == before + 2


def test_second_writer_waits_with_a_message(library_home: Path, tmp_path: Path) -> None:
    """Another import holds the library for longer than SQLite's default 5 s wait."""
    good = tmp_path / "ny.txt"
    good.write_text(SEED.replace("Under hösten", "Under den gångna hösten"), encoding="utf-8")
    holder = sqlite3.connect(library_home / "library.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # as a first import in progress does
    env = {**os.environ, "NAMNDLASAREN_HOME": str(library_home)}
    second = subprocess.Popen([sys.executable, "-m", "desktop", "import", str(good)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert second.stderr is not None
    waiting = second.stderr.readline()
    assert "används av ett annat program" in waiting and "väntar" in waiting
    time.sleep(6)
    holder.execute("COMMIT")
    holder.close()
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert "importerad: ny.txt" in out and "locked" not in err


def test_a_text_file_of_decomposed_letters_reads_as_swedish() -> None:
    """A text file saved by macOS may write "ä" as "a" and a combining diaeresis (NFD)."""
    import unicodedata

    from desktop.ingest.pipeline import extract_text

    text = unicodedata.normalize(
        "NFD",
        "Delårsrapport januari–augusti 2026\n\nSocialnämnden, Sölvesborgs kommun\n\n"
        "Nämndens mål\n\nÄldre ska känna sig trygga – uppnått\n"
        "Väntetiden ska bli kortare – delvis uppnått\n",
    )
    report = extract_text(text)
    assert report.municipality == "Sölvesborg"
    assert report.committee == "Socialnämnden"


def test_utf8_read_as_windows_1252_is_put_back() -> None:
    """ "HÃ¤rryda", "Ã…rsredovisning", "januariâ€“augusti": UTF-8 once read as
    Windows-1252 (a broken font map, a file saved twice) reads as printed; text without
    such runs is left as it is."""
    from desktop.ingest.mojibake import repaired
    from desktop.ingest.pipeline import extract_text

    assert repaired("HÃ¤rryda kommun, Ã…rsredovisning, januariâ€“augusti, Â§ 12") == (
        "Härryda kommun, Årsredovisning, januari–augusti, § 12"
    )
    plain = "Ökningen 2026 – även för Åre, Älmhult och Ängelholm"
    assert repaired(plain) == plain
    report = extract_text(
        "DelÃ¥rsrapport januariâ€“augusti 2026\n\nMiljÃ¶- och hÃ¤lsoskyddsnÃ¤mnden, "
        "HÃ¤rryda kommun\n\nSammanfattning\n\nNÃ¤mnden redovisar ett Ã¶verskott.\n"
    )
    assert (report.municipality, report.committee) == ("Härryda", "Miljö- och hälsoskyddsnämnden")

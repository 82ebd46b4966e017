"""The hostile-inputs corpus of issue 14, made on the fly (nothing large is committed).

Texts, annotation files and libraries as an adversarial tester would make them. Each
case names the command that takes it and whether that command should accept it (exit 0)
or refuse it (exit 2 with one line). Run as a script to write the corpus to a folder:

    python tests/hostile_inputs.py OUT_DIR [BASE_LIBRARY.db]
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.textfiles import MAX_TEXT_CHARS

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "reports" / "helsingborg-socialnamnden-arsbokslut-2021.txt"
QUOTE = "Digital socialtjänst ska erbjudas invånarna när och var de vill."


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    command: tuple[str, ...]  # namndlasaren arguments, the file last
    accepted: bool  # exit 0 (True) or a refusal in one line with exit 2 (False)


# --- texts -----------------------------------------------------------------------------


def texts(folder: Path) -> list[Case]:
    seed = SEED.read_text(encoding="utf-8")
    made: dict[str, tuple[bytes, bool]] = {
        "utf16-bom.txt": (seed.encode("utf-16"), True),
        "utf16-le-no-bom.txt": (seed.encode("utf-16-le"), True),
        "utf16-be-no-bom.txt": (seed.encode("utf-16-be"), True),
        "utf8-bom.txt": (b"\xef\xbb\xbf" + seed.encode("utf-8"), True),
        "nul-late.txt": ((seed * 3).encode("utf-8") + b"\x00" + seed.encode("utf-8"), False),
        "nul-utf16.txt": ((seed + "\x00rest").encode("utf-16"), False),
        "huge-single-line.txt": (b"Socialn\xc3\xa4mnden " * 1_500_000, False),
        "long-line.txt": ((seed + "x" * 30_000 + "\n").encode("utf-8"), False),
        "long-report.txt": ((seed * (MAX_TEXT_CHARS // len(seed) + 1)).encode("utf-8"), False),
        "broken-utf16.txt": (b"\xff\xfe" + seed.encode("utf-16-le")[:-1], False),
        "binary.txt": (bytes(range(256)) * 64, False),
    }
    cases = []
    for name, (data, accepted) in made.items():
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(f"text:{name}", path, ("import",), accepted))
    return cases


# --- PDFs ------------------------------------------------------------------------------


def _pdf(objects: list[bytes], *, root: int = 1, broken_xref: bool = False) -> bytes:
    """A PDF file from its objects (1-based, in order), with a correct cross-reference
    table unless `broken_xref`, when every offset points nowhere."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (7 if broken_xref else offset)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, 11 if broken_xref else start)  # fmt: skip
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_page(text: str) -> list[bytes]:
    content = b"BT /F1 11 Tf 72 760 Td (%s) Tj ET" % text.encode("latin-1")
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def _bomb(megabytes: int) -> bytes:
    """A page whose content stream inflates from about a megabyte to `megabytes` MB."""
    import zlib

    packer = zlib.compressobj(9)
    chunk = b"q Q " * (1 << 18)  # 1 MB of harmless operators
    packed = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    objects = _text_page("Socialnamnden, Arsbokslut 2025")
    objects[3] = _stream(packed, b"/Filter /FlateDecode")
    return _pdf(objects)


def pdfs(folder: Path) -> list[Case]:
    """PDFs that try to cost minutes or gigabytes, or to crash the reader."""
    made: dict[str, tuple[bytes, bool]] = {}
    made["bomb-stream.pdf"] = (_bomb(1500), False)
    huge = _text_page("x")
    huge[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R"
        b" /Resources << /XObject << /Im1 5 0 R >> >> >>"
    )
    huge[3] = _stream(b"q 14400 0 0 14400 0 0 cm /Im1 Do Q")
    huge[4] = _stream(b"\x80" * 64, b"/Type /XObject /Subtype /Image /Width 8 /Height 8"
                      b" /ColorSpace /DeviceGray /BitsPerComponent 8")  # fmt: skip
    made["huge-scanned-page.pdf"] = (_pdf(huge), False)
    blank = [b"<< /Type /Catalog /Pages 2 0 R >>",
             b"<< /Type /Pages /Kids [%s] /Count 300 >>" % b" ".join(b"%d 0 R" % (i + 3) for i in range(300))]  # fmt: skip
    blank += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * 300
    made["300-blank-pages.pdf"] = (_pdf(blank), False)
    loop = _text_page("Socialnamnden")
    loop[1] = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"  # the tree contains itself
    made["page-tree-loop.pdf"] = (_pdf(loop), True)  # PDFium reads the page once
    made["bad-xref.pdf"] = (
        _pdf(
            _text_page("Socialnamnden i Lund, Arsredovisning 2025. Lunds kommun."), broken_xref=True
        ),
        True,  # PDFium rebuilds the cross-reference table: the page is read
    )
    made["truncated.pdf"] = (_pdf(_text_page("Socialnamnden"))[:300], False)
    made["not-a-pdf.pdf"] = (b"%PDF-1.7\n" + bytes(range(256)) * 40, False)
    cases = []
    for name, (data, accepted) in made.items():
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(f"pdf:{name}", path, ("import",), accepted))
    return cases


# --- annotation files --------------------------------------------------------------------


def annotation(sha: str, **selector: object) -> dict[str, object]:
    quote = {"type": "TextQuoteSelector", "exact": QUOTE}
    position = {"type": "TextPositionSelector", "start": 0, "end": len(QUOTE)}
    position.update(selector)
    return {
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "Hur?"},
        "target": {"source": f"urn:sha256:{sha}", "selector": [quote, position]},
    }


def _deep(depth: int) -> str:
    return '{"type": "Annotation", "target": ' + "[" * depth + "]" * depth + "}"


def annotation_files(folder: Path, sha: str) -> list[Case]:
    good = annotation(sha)
    wrong_items: list[object] = [1, "text", None, [good]]
    made: dict[str, tuple[bytes, bool]] = {
        "good.json": (json.dumps([good]).encode(), True),
        "utf8-bom.json": (b"\xef\xbb\xbf" + json.dumps([good], ensure_ascii=False).encode(), True),
        "utf16.json": (json.dumps([good], ensure_ascii=False).encode("utf-16"), True),
        "deep-nesting.json": (_deep(100_000).encode(), False),
        "nesting-200.json": (_deep(200).encode(), False),
        "wrong-item-types.json": (json.dumps(wrong_items).encode(), False),
        "items-not-a-list.json": (
            json.dumps({"type": "AnnotationPage", "items": {"a": 1}}).encode(),
            False,
        ),
        "target-number.json": (json.dumps([{**good, "target": 5}]).encode(), False),
        "start-abc.json": (json.dumps([annotation(sha, start="abc")]).encode(), False),
        "start-float.json": (json.dumps([annotation(sha, start=1.5)]).encode(), False),
        "start-negative.json": (json.dumps([annotation(sha, start=-3)]).encode(), False),
        "end-before-start.json": (json.dumps([annotation(sha, start=9, end=2)]).encode(), False),
        "start-huge.json": (json.dumps([annotation(sha, start=10**30)]).encode(), False),
        "start-5000-digits.json": (
            json.dumps([good]).replace('"start": 0', '"start": ' + "9" * 5000).encode(),
            False,
        ),
        "quote-5mb.json": (
            json.dumps(
                [
                    {
                        **good,
                        "target": {
                            "source": f"urn:sha256:{sha}",
                            "selector": {"type": "TextQuoteSelector", "exact": "å" * 5_000_000},
                        },
                    }
                ]
            ).encode(),
            False,
        ),  # fmt: skip
        "body-number.json": (json.dumps([{**good, "body": 7}]).encode(), False),
        "meeting-wrong.json": (
            json.dumps([{**good, "namndlasaren:meeting": {"title": ["x"]}}]).encode(),
            False,
        ),
        "position-huge.json": (
            json.dumps([{**good, "namndlasaren:position": 2**70}]).encode(),
            False,
        ),
        "not-json.json": (b"{ inte json", False),
        "empty.json": (b"", False),
        "nul-bytes.json": (b"\x00" * 100, False),
    }
    cases = []
    for name, (data, accepted) in made.items():
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(f"annotations:{name}", path, ("annotations", "import"), accepted))
    return cases


# --- libraries ---------------------------------------------------------------------------


def _altered(base: Path, path: Path, *statements: str, version: int | None = None) -> Path:
    shutil.copy(base, path)
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


RECURSIVE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"


def libraries(folder: Path, base: Path) -> list[Case]:
    made: dict[str, tuple[Callable[[Path], object], bool]] = {
        "trigger.db": (
            lambda p: _altered(
                base,
                p,
                "CREATE TRIGGER wipe AFTER INSERT ON reports BEGIN DELETE FROM reports; END",
            ),
            False,
        ),
        "recursive-view.db": (
            lambda p: _altered(base, p, f"CREATE VIEW endless AS {RECURSIVE}"),
            False,
        ),
        "reports-as-view.db": (
            lambda p: _altered(
                base,
                p,
                "PRAGMA foreign_keys = OFF",
                "ALTER TABLE reports RENAME TO reports_old",
                f"CREATE VIEW reports AS {RECURSIVE}",
            ),
            False,
        ),
        "newer.db": (lambda p: _altered(base, p, version=99), False),
        "unrelated.db": (
            lambda p: _altered_new(p, "CREATE TABLE orders (id INTEGER, amount REAL)"),
            False,
        ),
        "truncated.db": (
            lambda p: p.write_bytes(base.read_bytes()[: base.stat().st_size // 2]),
            False,
        ),
        "not-sqlite.db": (lambda p: p.write_bytes(b"PK\x03\x04" + b"x" * 5000), False),
        "wrong-types.db": (
            lambda p: _altered(base, p, "UPDATE reports SET period_year = 'abc' WHERE id = 1"),
            False,
        ),
        "wrong-json.db": (
            lambda p: _altered(base, p, "UPDATE goals SET kpi_names = '{\"a\": 1}'"),
            False,
        ),
        "unknown-status.db": (
            lambda p: _altered(base, p, "UPDATE goals SET status = '<b>hacked</b>'"),
            False,
        ),
        "huge-text.db": (
            lambda p: _altered(
                base,
                p,
                f"UPDATE sections SET text = text || printf('%.*c', {MAX_TEXT_CHARS + 1}, 'x')"
                " WHERE id = 1",
            ),
            False,
        ),
        "extra-table.db": (
            lambda p: _altered(base, p, "CREATE TABLE secretary_notes (x TEXT)"),
            True,
        ),
        "same-keys-changed-text.db": (
            lambda p: _altered(
                base, p, "UPDATE sections SET text = replace(text, 'familjehem', 'jourhem')"
            ),
            True,
        ),
    }
    cases = []
    for name, (make, accepted) in made.items():
        path = folder / name
        make(path)
        cases.append(Case(f"library:{name}", path, ("update-library",), accepted))
    return cases


def _altered_new(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def many_annotations(library: Path, count: int) -> dict[str, object]:
    """`count` annotations of every kind on the library's reports.

    Quotes of 40 to 240 characters at spread-out places, goal notes, questions in three
    meetings as this app exports them; notes on whole reports, quotes refining a fragment,
    several bodies, HTML and tags as other tools write them. Deterministic, so a bench run
    is comparable with the last.
    """
    conn = sqlite3.connect(library)
    sections = conn.execute(
        "SELECT r.sha256, s.heading, s.text FROM sections s JOIN reports r ON r.id = s.report_id"
        " WHERE length(s.text) > 400 ORDER BY s.id"
    ).fetchall()
    goals = conn.execute(
        "SELECT r.sha256, g.title FROM goals g JOIN reports r ON r.id = g.report_id ORDER BY g.id"
    ).fetchall()
    conn.close()
    motivations = ["highlighting", "commenting", "questioning"]
    items = []
    for number in range(count):
        motivation = motivations[number % 3]
        item: dict[str, object] = {
            "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}",
            "type": "Annotation",
            "motivation": motivation,
            "body": {
                "type": "TextualBody",
                "value": f"Anteckning {number}",
                "format": "text/plain",
            },
            "namndlasaren:colour": "grön",
        }
        if number % 10 == 9:
            sha, title = goals[number % len(goals)]
            item["target"] = {"source": f"urn:sha256:{sha}"}
            item["namndlasaren:goal"] = title
        elif number % 10 == 8:  # on the whole report, as other tools write it
            sha = sections[number % len(sections)][0]
            del item["body"]
            item["bodyValue"] = f"Om rapporten {number}"
            item["target"] = f"urn:sha256:{sha}"
        else:
            sha, heading, text = sections[number % len(sections)]
            length = 40 + number % 200
            start = (number * 7919) % (len(text) - length)
            quote = {"type": "TextQuoteSelector", "exact": text[start : start + length],
                     "prefix": text[max(0, start - 32) : start],
                     "suffix": text[start + length : start + length + 32]}  # fmt: skip
            position = {"type": "TextPositionSelector", "start": start, "end": start + length}
            if number % 10 == 7:  # a quote refining a fragment, two bodies, HTML and a tag
                item["target"] = {
                    "type": "SpecificResource",
                    "source": f"urn:sha256:{sha}",
                    "selector": {"type": "FragmentSelector", "value": "page=3", "refinedBy": quote},
                }
                item["body"] = [
                    {"type": "TextualBody", "value": f"<p>Anteckning <b>{number}</b></p>",
                     "format": "text/html"},
                    {"type": "TextualBody", "value": "budget", "purpose": "tagging"},
                ]  # fmt: skip
            else:
                item["target"] = {"source": f"urn:sha256:{sha}", "selector": [quote, position]}
            item["namndlasaren:section"] = heading
        if motivation == "questioning":
            item["namndlasaren:status"] = "öppen"
            item["namndlasaren:meeting"] = {
                "title": f"Nämndmöte {number // 3 % 3 + 1}",
                "date": "2026-12-15",
            }
        items.append(item)
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


def corpus(folder: Path, base_library: Path, sha: str) -> list[Case]:
    """Every case, its files written under `folder`."""
    cases = []
    for kind, make in (
        ("texts", lambda f: texts(f)),
        ("pdfs", lambda f: pdfs(f)),
        ("annotations", lambda f: annotation_files(f, sha)),
        ("libraries", lambda f: libraries(f, base_library)),
    ):
        sub = folder / kind
        sub.mkdir(parents=True, exist_ok=True)
        cases.extend(make(sub))
    return cases


if __name__ == "__main__":
    out = Path(sys.argv[1])
    base = Path(sys.argv[2]) if len(sys.argv) > 2 else out / "base-library.db"
    if not base.exists():
        sys.path.insert(0, str(REPO / "src"))
        from desktop.store.library import build_library

        out.mkdir(parents=True, exist_ok=True)
        build_library(REPO / "data" / "reports", base)
    for case in corpus(out, base, "0" * 64):
        print(f"{'accept' if case.accepted else 'refuse'}\t{case.name}\t{case.path}")

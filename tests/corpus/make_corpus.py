#!/usr/bin/env python3
"""Build the test corpus: tests/corpus/<stem>.pdf, answers/<stem>.json, expected/<stem>.txt.

Each document is written once, as data, in corpus_gen/docs/<module>.py; the PDF, the answer key
and the expected text are all made from that data. LibreOffice documents are written to
sources/<stem>.(fodt|html|csv) and converted with `soffice --headless`; the low-level cases are
drawn with reportlab. Output is deterministic (fixed dates and ids, reportlab's invariant mode).

usage: /work/main/.venv/bin/python tests/corpus/make_corpus.py [--only STEM_PART ...] [--check]
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_gen import checks  # noqa: E402
from corpus_gen import docs as docs_pkg  # noqa: E402
from corpus_gen.model import Doc  # noqa: E402


def all_docs() -> list[tuple[Doc, object]]:
    out = []
    for m in sorted(pkgutil.iter_modules(docs_pkg.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"corpus_gen.docs.{m.name}")
        out.append((mod.build(), mod))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--check", action="store_true", help="only compare existing PDFs with the keys")
    a = ap.parse_args()
    (HERE / "answers").mkdir(exist_ok=True)
    (HERE / "expected").mkdir(exist_ok=True)
    (HERE / "sources").mkdir(exist_ok=True)
    bad = 0
    for doc, mod in all_docs():
        if a.only and not any(s in doc.stem for s in a.only):
            continue
        t0 = time.time()
        checks.consistent(doc)
        if not a.check:
            pdf = mod.render(doc, HERE) if hasattr(mod, "render") else render(doc)
            (HERE / "answers" / f"{doc.stem}.json").write_text(doc.key_json(), encoding="utf-8")
            (HERE / "expected" / f"{doc.stem}.txt").write_text(
                doc.expected_text(), encoding="utf-8"
            )
        pdf = HERE / f"{doc.stem}.pdf"
        report = checks.against_pdf(doc, pdf)
        bad += not report.ok
        print(f"{doc.stem}: {report}  [{time.time() - t0:.1f}s]")
    if not a.only:
        write_readme_table([d for d, _m in all_docs()])
    return 1 if bad else 0


def write_readme_table(docs: list[Doc]) -> None:
    """The document table of README.md, from each document's own description."""
    from corpus_gen.checks import page_count

    lines = [
        "| file | municipality | committee | what it is | pages | what makes it hard |",
        "|---|---|---|---|---|---|",
    ]
    for d in docs:
        lines.append(
            f"| `{d.stem}.pdf` | {d.municipality} | {d.committee} | {d.what} | "
            f"{page_count(HERE / (d.stem + '.pdf'))} | {d.hard} |"
        )
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    start = text.index("<!-- documents")
    start = text.index("\n", start) + 1
    end = text.index("<!-- /documents -->")
    readme.write_text(text[:start] + "\n".join(lines) + "\n" + text[end:], encoding="utf-8")


def render(doc: Doc) -> Path:
    if doc.engine == "fodt":
        from corpus_gen import fodt

        return fodt.build(doc, HERE / "sources", HERE)
    raise ValueError(f"{doc.stem}: no renderer for engine {doc.engine!r}")


if __name__ == "__main__":
    sys.exit(main())

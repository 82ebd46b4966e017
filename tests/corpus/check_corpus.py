#!/usr/bin/env python3
"""Run the two shared measuring sticks on this corpus and print both results.

usage: check_corpus.py [--tools DIR] [--no-expected] [-- EXTRACT_CMD ...]

  EXTRACT_CMD defaults to `.venv/bin/namndlasaren extract` (run from the repository root).
  1. score_extraction.py --ext pdf tests/corpus/answers tests/corpus -- EXTRACT_CMD
     (metadata, goals and statuses, KPI values, finance cells against the answer keys)
  2. text_fidelity.py tests/corpus -- EXTRACT_CMD
     (the app's words against `pdftotext -layout`)
  3. unless --no-expected: the app's words (section headings and texts) against
     tests/corpus/expected/<stem>.txt, the words a reader should get without page furniture
     and table of contents; words that exist only in pictures (the image table, the scanned
     page) are in the expected text, so an app without OCR loses a little recall there.

Set NAMNDLASAREN_HOME to a temporary directory if the extract command needs one. The exit
status is 0 only when all the shared tools report their thresholds met.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(WORD.findall(unicodedata.normalize("NFKC", text)))


def run(title: str, cmd: list[str]) -> int:
    print(f"== {title}", flush=True)
    print("   $ " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(p.stdout)
    if p.returncode not in (0, 1) or (p.stderr and not p.stdout):
        sys.stdout.write(p.stderr[-2000:])
    print(f"   (exit {p.returncode})\n", flush=True)
    return p.returncode


def against_expected(extract: list[str]) -> None:
    print(
        "== app text vs tests/corpus/expected/*.txt (words; furniture and TOC left out)", flush=True
    )
    tp = tg = tr = 0
    for pdf in sorted(HERE.glob("*.pdf")):
        exp = words((HERE / "expected" / f"{pdf.stem}.txt").read_text(encoding="utf-8"))
        tmp = Path(tempfile.mkdtemp()) / "document.pdf"
        shutil.copyfile(pdf, tmp)
        p = subprocess.run(extract + [str(tmp)], capture_output=True, text=True, timeout=300)
        try:
            d = json.loads(p.stdout)
            got = words(
                "\n".join(
                    (s.get("heading") or "") + "\n" + (s.get("text") or "")
                    for s in d.get("sections") or []
                )
            )
        except Exception:
            print(
                f"{pdf.stem}: extract failed rc={p.returncode}: {(p.stderr or p.stdout).strip()[-160:]}"
            )
            got = collections.Counter()
        common = sum((got & exp).values())
        ng, ne = sum(got.values()), sum(exp.values())
        tp += common
        tg += ng
        tr += ne
        print(
            f"{pdf.stem}: precision {common / max(ng, 1):.3f} recall {common / max(ne, 1):.3f} "
            f"({ng} words, expected {ne}); not expected: {' '.join(w for w, _ in (got - exp).most_common(6))}"
        )
    print(
        f"text vs expected: precision {tp / max(tg, 1):.3f} recall {tp / max(tr, 1):.3f} over {tr} words\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tools", default=os.environ.get("SHARED_TOOLS", "/work/shared/tools"))
    ap.add_argument("--no-expected", action="store_true")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    extract = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not extract:
        extract = [".venv/bin/namndlasaren", "extract"]
    tools = Path(a.tools)
    # options before the positionals: the tool's trailing REMAINDER argument would swallow them
    rc1 = run(
        "score_extraction (answer keys)",
        [
            sys.executable,
            str(tools / "score_extraction.py"),
            "--ext",
            "pdf",
            str(HERE / "answers"),
            str(HERE),
            "--",
            *extract,
        ],
    )
    rc2 = run(
        "text_fidelity (vs pdftotext -layout)",
        [sys.executable, str(tools / "text_fidelity.py"), str(HERE), "--", *extract],
    )
    if not a.no_expected:
        against_expected(extract)
    return 0 if rc1 == 0 and rc2 == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

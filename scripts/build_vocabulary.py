"""Build the vocabulary files the readers load (src/desktop/ingest/vocabulary/).

Run after changing the bundled reports: `.venv/bin/python scripts/build_vocabulary.py`.
From the clean bundled reports (the OCR'd one is left out) it writes:

- ocr_words.txt: the words they use, which OCR repair prefers to a general word list;
- ocr_pairs.tsv: word pairs around words whose spelling OCR makes ambiguous ("per år");
- headings.txt: the headings their tables of contents list, for reports without one;
- kpi_names.txt: their KPI names, for OCR'd names garbled beyond word repair.

The app reads these files; it never learns from the reports a member has installed.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from desktop.ingest.readers.ocr_repair import PHRASE_BREAK, fold, looks_damaged  # noqa: E402
from desktop.ingest.readers.outline import toc_headings  # noqa: E402

OUT = ROOT / "src" / "desktop" / "ingest" / "vocabulary"
WORD = re.compile(r"[a-zåäöé]{2,}")


def clean_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "data" / "reports").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not looks_damaged(text):
            texts.append(text)
    return texts


def main() -> None:
    texts = clean_texts()
    words = sorted({w for text in texts for w in WORD.findall(text.lower())})
    (OUT / "ocr_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")

    spellings: dict[str, set[str]] = {}
    for word in words:
        spellings.setdefault(fold(word), set()).add(word)
    ambiguous = {w for w in words if len(spellings[fold(w)]) > 1}
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for phrase in PHRASE_BREAK.split(text):
            for previous, word in itertools.pairwise(WORD.findall(phrase.lower())):
                if word in ambiguous or previous in ambiguous:
                    pairs[(previous, word)] += 1
    (OUT / "ocr_pairs.tsv").write_text(
        "".join(f"{a}\t{b}\t{n}\n" for (a, b), n in sorted(pairs.items())), encoding="utf-8"
    )

    headings = sorted({h for text in texts for h in toc_headings(text.splitlines())})
    (OUT / "headings.txt").write_text("\n".join(headings) + "\n", encoding="utf-8")

    from desktop.ingest.pipeline import extract_text

    names: dict[str, None] = {}
    for text in texts:
        names.update(dict.fromkeys(k.name for k in extract_text(text).kpis))
    (OUT / "kpi_names.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    print(
        f"{len(words)} words, {len(pairs)} pairs, {len(headings)} headings, {len(names)} KPI names"
    )


if __name__ == "__main__":
    main()

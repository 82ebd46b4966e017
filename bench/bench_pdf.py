"""PDF extraction speed on a ~30-page report against poppler's `pdftotext -layout`.

Target (issue 3): under 2 × poppler's time on the same file, table columns kept.
Median of 5 runs each; the PDF is written from the seed reports (reportlab).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RUNS = 5


def main() -> None:
    from tests.pdf_writer import write_report_pdf

    from desktop.ingest.pdf import pdf_to_text

    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    text = "\n".join((REPO / "data" / "reports" / name).read_text(encoding="utf-8") for name in (
        "helsingborg-socialnamnden-arsbokslut-2017.txt", "helsingborg-socialnamnden-arsbokslut-2021.txt",
        "huddinge-socialnamnd-delarsrapport-2021-08.txt"))  # fmt: skip
    pdf = write_report_pdf(text, work / "report.pdf")
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(str(pdf)))
    ours = []
    for _ in range(RUNS):
        started = time.perf_counter()
        pdf_to_text(pdf)
        ours.append(time.perf_counter() - started)
    line = f"PDF of {pages} pages: pypdfium2 layout extraction median {statistics.median(ours) * 1000:.0f} ms"
    if shutil.which("pdftotext"):
        poppler = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(["pdftotext", "-layout", str(pdf), str(work / "out.txt")], check=True)
            poppler.append(time.perf_counter() - started)
        ratio = statistics.median(ours) / statistics.median(poppler)
        verdict = "ok" if ratio < 2 else "OVER TARGET"
        line += f"; pdftotext -layout {statistics.median(poppler) * 1000:.0f} ms; ratio {ratio:.2f} (target < 2) {verdict}"
    print(line)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

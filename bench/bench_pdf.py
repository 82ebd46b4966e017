"""PDF reading against poppler, a page rendered for the page view, and a 300-page PDF's memory.

Targets (issue 12), each printed beside its figure:
- reading a 40-page text PDF with its layout, timed inside this process without the
  interpreter's start (imports warmed up once), within 2 × a whole `pdftotext -layout`
  run on the same file — median of 5 runs each, side by side;
- rendering one page for the page view at 1,400 px wide within 150 ms (median of 5);
- reading a 300-page PDF in under 500 MB (peak resident size of a child that reads it).

The 40-page PDF is tests/corpus's Kalmar annual report (Writer, embedded fonts, 39 pages,
13,000 words); the reportlab PDF of three seeds is measured too, as before.
"""

from __future__ import annotations

import resource
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


def _median_ms(action) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def reading(pdf: Path, label: str) -> None:
    from desktop.ingest.pdf.reader import read_pdf

    read_pdf(pdf)  # warm-up: imports, PDFium
    ours = _median_ms(lambda: read_pdf(pdf))
    line = f"{label}: layout reading median {ours:.0f} ms"
    if shutil.which("pdftotext"):
        out = Path(tempfile.mkdtemp()) / "out.txt"
        poppler = _median_ms(
            lambda: subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True)
        )
        ratio = ours / poppler
        verdict = "ok" if ratio <= 2 else "OVER TARGET"
        line += f"; pdftotext -layout {poppler:.0f} ms; ratio {ratio:.2f} (target ≤ 2) {verdict}"
    print(line, flush=True)


def rendering(pdf: Path) -> None:
    from desktop.ingest.pdf.render import PdfPages

    pages = PdfPages(pdf.read_bytes())  # as the page view opens it: from the library's bytes
    pages.draw(6, 1400)  # warm-up: fonts
    took = _median_ms(lambda: pages.draw(6, 1400))
    verdict = "ok" if took <= 150 else "OVER TARGET"
    print(f"render one page at 1400 px wide: median {took:.0f} ms (target ≤ 150 ms) {verdict}")


def big_pdf_memory(folder: Path) -> None:
    """A 300-page report (the Kalmar pages repeated) read in a child; its peak memory."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(
        str(REPO / "tests" / "corpus" / "kalmar-tekniska-namnden-arsbokslut-2025.pdf")
    )
    big = pdfium.PdfDocument.new()
    while len(big) < 300:
        big.import_pages(source, list(range(min(len(source), 300 - len(big)))))
    path = folder / "300-sidor.pdf"
    big.save(str(path))
    src, pdf = str(REPO / "src"), str(path)
    code = (
        f"import sys; sys.path.insert(0, {src!r})\n"
        "from desktop.ingest.pipeline import extract_document\n"
        "from desktop.ingest.pdf.reader import read_pdf\n"
        f"report = extract_document(read_pdf({pdf!r}))\n"
        "print(len(report.sections), len(report.kpis))\n"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    verdict = "ok" if peak < 500 else "OVER TARGET"
    print(
        f"300-page PDF read and extracted: {seconds:.1f} s, peak {peak:.0f} MB (target < 500 MB) {verdict}"
    )


def main() -> None:
    from tests.pdf_writer import write_report_pdf

    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    reading(
        REPO / "tests" / "corpus" / "kalmar-tekniska-namnden-arsbokslut-2025.pdf",
        "Kalmar, 39 pages (Writer)",
    )
    text = "\n".join((REPO / "data" / "reports" / name).read_text(encoding="utf-8") for name in (
        "helsingborg-socialnamnden-arsbokslut-2017.txt", "helsingborg-socialnamnden-arsbokslut-2021.txt",
        "huddinge-socialnamnd-delarsrapport-2021-08.txt"))  # fmt: skip
    seeds = write_report_pdf(text, work / "report.pdf")
    reading(seeds, "three seeds, 34 pages (reportlab)")
    rendering(REPO / "tests" / "corpus" / "kalmar-tekniska-namnden-arsbokslut-2025.pdf")
    big_pdf_memory(work)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

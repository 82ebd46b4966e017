"""Running LibreOffice headless, and making its PDFs byte-for-byte repeatable."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .model import Doc, H

PROFILE = Path(tempfile.gettempdir()) / "namndlasaren-corpus-lo-profile"


def convert(
    src: Path,
    out_dir: Path,
    fmt: str = "pdf",
    date: str = "20260115093000",
    infilter: str | None = None,
) -> Path:
    """soffice --headless --convert-to pdf, with a profile of our own (others may run soffice)."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", f"-env:UserInstallation=file://{PROFILE}", "--headless", "--norestore"]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        cmd += ["--convert-to", fmt, "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        produced = Path(tmp) / (src.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"soffice made no PDF of {src}")
        out = out_dir / produced.name
        shutil.copyfile(produced, out)
    fix_pdf(out, date)
    return out


def fix_pdf(pdf: Path, date: str) -> None:
    """Replace the creation date and the random /ID with fixed values of the same length."""
    b = pdf.read_bytes()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + date.encode(), b)
    digest = hashlib.md5(pdf.stem.encode()).hexdigest().upper().encode()

    def ident(m: re.Match[bytes]) -> bytes:
        s = m.group()
        return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + digest + b">", s)

    b = re.sub(rb"/ID\s*\[[^\]]*\]", ident, b)
    zero = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    check = hashlib.md5(zero).hexdigest().upper().encode()
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + check, b)
    pdf.write_bytes(b)


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def heading_pages(pdf: Path, doc: Doc, first_page: int = 1) -> dict[int, int]:
    """Page (1-based) of each TOC heading: the first line at or after the previous heading's page
    (and after the table of contents) that starts with the heading."""
    pages = [[_norm(line) for line in p.splitlines()] for p in page_texts(pdf)]
    from .model import TOC

    toc_index = next(i for i, b in enumerate(doc.blocks) if isinstance(b, TOC))
    # skip the pages holding the table of contents: start after the last page that lists a dot leader
    start = 0
    for n, lines in enumerate(pages):
        if any("....." in line for line in lines):
            start = n + 1
    out: dict[int, int] = {}
    cur = start
    for i, b in enumerate(doc.blocks):
        if i < toc_index or not isinstance(b, H) or not b.toc:
            continue
        probe = _norm(b.full)[:40]
        for n in range(cur, len(pages)):
            if any(line.startswith(probe) for line in pages[n]):
                out[i] = n + first_page
                cur = n
                break
        else:
            raise RuntimeError(f"{pdf.name}: heading not found: {b.full!r}")
    return out

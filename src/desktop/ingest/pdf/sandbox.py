"""The PDF read in a child process with a memory and time limit.

PDFium is C++: a hostile or broken PDF (a decompression bomb, a page tree that loops)
can make it allocate gigabytes or abort the process. Reading in a child keeps the app
alive: the child's address space is capped (where the system allows it) and its time
limited, and whatever happens to it becomes one IngestError line. The child is this same
program started with a hidden argument (`_read-pdf`), so it works frozen as from source.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

from desktop.errors import IngestError
from desktop.ingest.document import Document

MEMORY_LIMIT = 800 * 1024 * 1024  # bytes of address space for the child
TIME_LIMIT = 300  # seconds, OCR of scanned pages included
CHILD_ARG = "_read-pdf"


def read_pdf_isolated(path: Path) -> Document:
    """`read_pdf(path)` in a child process; an IngestError whatever goes wrong there."""
    command = _child_command(path)
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            timeout=TIME_LIMIT,
            preexec_fn=_limit_memory if os.name == "posix" else None,  # noqa: PLW1509
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise IngestError(
            path, f"PDF-filen tog för lång tid att läsa (över {TIME_LIMIT} s)"
        ) from exc
    except OSError as exc:
        raise IngestError(path, f"PDF-filen kunde inte läsas ({exc})") from exc
    if result.returncode == 0:
        try:
            document = pickle.loads(result.stdout)
        except Exception as exc:  # noqa: BLE001
            raise IngestError(
                path, "PDF-filen kunde inte läsas (oväntat svar från läsaren)"
            ) from exc
        if isinstance(document, Document):
            return document
        raise IngestError(path, "PDF-filen kunde inte läsas (oväntat svar från läsaren)")
    message = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
    if result.returncode == 2 and message:
        raise IngestError(path, message[-1])
    if _out_of_memory(result, message):
        raise IngestError(
            path,
            "PDF-filen kräver för mycket minne för att läsas (över 800 MB); den kan vara skadad",
        )
    if result.returncode < 0:
        name = (
            signal.Signals(-result.returncode).name
            if -result.returncode in signal.valid_signals()
            else str(-result.returncode)
        )
        raise IngestError(
            path, f"PDF-filen fick läsaren att avbrytas ({name}); den kan vara skadad"
        )
    raise IngestError(
        path, "PDF-filen kunde inte läsas" + (f" ({message[-1][:160]})" if message else "")
    )


def _out_of_memory(result: subprocess.CompletedProcess[bytes], message: list[str]) -> bool:
    text = " ".join(message[-3:]).lower()
    return (
        "memoryerror" in text
        or "out of memory" in text
        or "bad_alloc" in text
        or (result.returncode in (-signal.SIGABRT, 134) and not text)
    )


def _limit_memory() -> None:
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _child_command(path: Path) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_ARG, str(path)]
    return [sys.executable, "-m", "desktop", CHILD_ARG, str(path)]


def child_main(argv: list[str]) -> int:
    """In the child: read the PDF and write the document, pickled, to stdout."""
    from desktop.ingest.pdf.reader import read_pdf

    try:
        document = read_pdf(Path(argv[0]))
    except IngestError as exc:
        print(exc.problem, file=sys.stderr)
        return 2
    except MemoryError:
        print("MemoryError", file=sys.stderr)
        return 3
    sys.stdout.buffer.write(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()
    return 0

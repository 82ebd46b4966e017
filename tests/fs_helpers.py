"""Real read-only folders and real full disks for tests, not mocks.

As a normal user a folder is made read-only with chmod. As root (CI containers) chmod
does not stop writes, so the folder is bind-mounted read-only over itself instead; a
full disk is a small tmpfs mounted on the folder. Where neither is possible the test
is skipped rather than faked.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` (with what it holds) cannot be written while inside the block."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    if not _mount("--bind", str(folder), str(folder)):
        pytest.skip("cannot bind-mount a read-only folder here")
    try:
        if not _mount("-o", "remount,bind,ro", str(folder)):
            pytest.skip("cannot remount a folder read-only here")
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@contextmanager
def small_filesystem(folder: Path, size: str = "256k") -> Iterator[Path]:
    """A real filesystem of `size` bytes mounted on `folder` (root only), to fill up."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("a small filesystem needs root and tmpfs")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Write into `folder` until its filesystem is full, then free `leave` bytes again."""
    handle = open(folder / "fyllnad", "wb", buffering=0)  # noqa: SIM115
    try:
        while True:
            handle.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            handle.close()
    if leave:
        filler = folder / "fyllnad"
        os.truncate(filler, max(0, filler.stat().st_size - leave))


def _drop_file_override() -> None:
    """In the child, before exec: root loses the right to ignore file permissions."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
    for capability in (cap_dac_override, cap_dac_read_search):
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def obeying_permissions() -> dict[str, object]:
    """subprocess arguments under which a file with mode 0 cannot be read, even by root."""
    if os.geteuid() != 0:
        return {}
    probe = subprocess.run(["true"], preexec_fn=_drop_file_override, check=False)  # noqa: PLW1509
    if probe.returncode != 0:
        pytest.skip("cannot drop root's file-permission override here")
    return {"preexec_fn": _drop_file_override}

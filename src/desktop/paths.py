"""Where the app keeps its files and where it finds the ones it ships."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

HOME_ENV = "NAMNDLASAREN_HOME"


def data_home() -> Path:
    """The folder holding library.db and user.db: $NAMNDLASAREN_HOME or the user's data folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("Namndlasaren", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def library_path() -> Path:
    return data_home() / "library.db"


def user_db_path() -> Path:
    return data_home() / "user.db"


def bundle_root() -> Path:
    """The project root from source, or the unpacked bundle when frozen by PyInstaller."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def asset(*parts: str) -> Path:
    """A file under resources/, from source or frozen."""
    return bundle_root().joinpath("resources", *parts)


def bundled_reports_dir() -> Path:
    """The reports the app ships with (data/reports/)."""
    return bundle_root() / "data" / "reports"


@lru_cache(maxsize=1)
def bundled_report_texts() -> tuple[tuple[str, str], ...]:
    """(file name, text) of each bundled report, read once: the vocabulary and headings
    that OCR repair and outlines of reports without a table of contents learn from."""
    folder = bundled_reports_dir()
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    return tuple((p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths)


def prebuilt_library() -> Path:
    """A library.db built at packaging time, so a frozen app's first start parses nothing."""
    return bundle_root() / "data" / "library.db"

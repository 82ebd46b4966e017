"""Where the app remembers window state, text size and language between runs.

Every key is declared once here with its type and default; the rest of the UI reads and
writes through `Settings.get(KEY)` / `Settings.set(KEY, value)`, never by a string.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from desktop import paths
from desktop.analysis.flags.model import (
    DEFAULT_DEVIATION_MNKR,
    DEFAULT_DEVIATION_PERCENT,
    KINDS,
    FlagSettings,
)

T = TypeVar("T")


def app_settings() -> QSettings:
    """Settings in NAMNDLASAREN_HOME/settings.ini when set (tests), else the platform's place."""
    if os.environ.get(paths.HOME_ENV):
        return QSettings(str(paths.data_home() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Namndlasaren", "Namndlasaren")


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def _bytes_or_none(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) else None


def _number(value: object, default: float) -> float:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return default
    return number if number >= 0 and number == number else default  # not negative, not NaN


def _language(value: object) -> str:
    return "en" if str(value or "").lower().startswith("en") else "sv"


@dataclass(frozen=True)
class Key(Generic[T]):
    """One remembered value: where it is stored, what it is when never set, how it is read."""

    name: str
    default: T
    read: Callable[[object], T]


# 0: never chosen, so the text size follows the system font (see text_size.default_point_size)
TEXT_SIZE: Key[int] = Key("reader/point_size", 0, lambda v: _int_or_none(v) or 0)
LAST_REPORT: Key[int | None] = Key("reader/last_report", None, _int_or_none)
READER_SECTION: Key[int | None] = Key("reader/section", None, _int_or_none)
LANGUAGE: Key[str] = Key("ui/language", "sv", _language)
# an imported PDF's bytes are copied into the library (False: only its path is kept)
COPY_PDFS: Key[bool] = Key("import/copy_pdfs", True, lambda v: str(v).lower() not in ("false", "0"))
# whose corrections the review makes: "own" (the member's copy, user.db) or "library" (the
# secretary's, kept in the library and handed out with it); and the name they are signed by
CORRECTIONS_SCOPE: Key[str] = Key(
    "corrections/scope", "own", lambda v: "library" if str(v) == "library" else "own"
)
CORRECTIONS_AUTHOR: Key[str] = Key("corrections/author", "", lambda v: str(v or ""))
WINDOW_GEOMETRY: Key[QByteArray | None] = Key("window/geometry", None, _bytes_or_none)
WINDOW_STATE: Key[QByteArray | None] = Key("window/state", None, _bytes_or_none)
# Att fråga om: the kinds of flag switched off (comma-separated), and the threshold above
# which a deviation from the budget is shown (both: more than the share and the amount)
FLAG_KINDS_OFF: Key[str] = Key("flags/kinds_off", "", lambda v: str(v or ""))
DEVIATION_PERCENT: Key[float] = Key(
    "flags/deviation_percent",
    DEFAULT_DEVIATION_PERCENT,
    lambda v: _number(v, DEFAULT_DEVIATION_PERCENT),
)
DEVIATION_MNKR: Key[float] = Key(
    "flags/deviation_mnkr", DEFAULT_DEVIATION_MNKR, lambda v: _number(v, DEFAULT_DEVIATION_MNKR)
)


class Settings:
    """Typed access to the app's settings file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or app_settings()

    def get(self, key: Key[T]) -> T:
        value = self.store.value(key.name)
        return key.default if value is None else key.read(value)

    def set(self, key: Key[T], value: T) -> None:
        if value is None:
            self.store.remove(key.name)
        else:
            self.store.setValue(key.name, value)

    def sync(self) -> None:
        self.store.sync()


def ui_language() -> str:
    """The UI is Swedish; English only when the member (or a test) asks for it.

    The choice comes from NAMNDLASAREN_LANG or from Visa → Språk, remembered in settings.ini.
    The system locale is not consulted: a Swedish committee member on a laptop set up
    in English still expects the committee's own words.
    """
    chosen = os.environ.get("NAMNDLASAREN_LANG", "").strip().lower()
    if not chosen:
        chosen = Settings().get(LANGUAGE)
    return "en" if chosen.startswith("en") else "sv"


def flag_settings(settings: Settings | None = None) -> FlagSettings:
    """What the member chose for 'Att fråga om': kinds switched off and the threshold."""
    settings = settings or Settings()
    off = frozenset(k for k in settings.get(FLAG_KINDS_OFF).split(",") if k in KINDS)
    return FlagSettings(off, settings.get(DEVIATION_PERCENT), settings.get(DEVIATION_MNKR))


def save_flag_settings(chosen: FlagSettings, settings: Settings | None = None) -> None:
    settings = settings or Settings()
    settings.set(FLAG_KINDS_OFF, ",".join(k for k in KINDS if k in chosen.off))
    settings.set(DEVIATION_PERCENT, float(chosen.deviation_percent))
    settings.set(DEVIATION_MNKR, float(chosen.deviation_mnkr))
